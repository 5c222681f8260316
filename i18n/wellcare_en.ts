<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AskPassphraseDialog</name>
    <message>
        <source>Confirm it is you</source>
        <translation>Confirm it is you</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome back</source>
        <translation>Welcome back</translation>
    </message>
    <message>
        <source>WellCare keeps you company through the shift: short recovery breaks, quiet check-ins, support after a hard call, and a confidential way to reach the EAP office.</source>
        <translation>WellCare keeps you company through the shift: short recovery breaks, quiet check-ins, support after a hard call, and a confidential way to reach the EAP office.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Your data</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Your organisation</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so WellCare lives in this window. Closing it only minimizes it; use WellCare ▸ Quit to stop.</source>
        <translation>This desktop has no system tray, so WellCare lives in this window. Closing it only minimizes it; use WellCare ▸ Quit to stop.</translation>
    </message>
    <message>
        <source>Its key is kept in this computer&apos;s secure keyring.</source>
        <translation>Its key is kept in this computer&apos;s secure keyring.</translation>
    </message>
    <message>
        <source>It opens only with your passphrase.</source>
        <translation>It opens only with your passphrase.</translation>
    </message>
    <message>
        <source>Everything you enter stays in an encrypted vault on this computer.</source>
        <translation>Everything you enter stays in an encrypted vault on this computer.</translation>
    </message>
    <message>
        <source>Personal mode: no organisation policy is installed, so nothing is shared with anyone.</source>
        <translation>Personal mode: no organisation policy is installed, so nothing is shared with anyone.</translation>
    </message>
    <message>
        <source>Policy of %s.</source>
        <translation>Policy of %s.</translation>
    </message>
    <message>
        <source>EAP requests can be read only by %s.</source>
        <translation>EAP requests can be read only by %s.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>WellCare</source>
        <translation>WellCare</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;WellCare</source>
        <translation>&amp;WellCare</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Quit WellCare</source>
        <translation>&amp;Quit WellCare</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <source>Use at least %d characters. A short sentence is easy to remember and hard to guess.</source>
        <translation>Use at least %d characters. A short sentence is easy to remember and hard to guess.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Repeat the new passphrase</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <source>The passphrase needs at least %d characters.</source>
        <translation>The passphrase needs at least %d characters.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
</context>
<context>
    <name>ProtectionPage</name>
    <message>
        <source>Protect your vault</source>
        <translation>Protect your vault</translation>
    </message>
    <message>
        <source>Keep the key in this computer&apos;s keyring (recommended)</source>
        <translation>Keep the key in this computer&apos;s keyring (recommended)</translation>
    </message>
    <message>
        <source>Use a passphrase I type when WellCare starts</source>
        <translation>Use a passphrase I type when WellCare starts</translation>
    </message>
    <message>
        <source>No secure keyring is available on this computer, so a passphrase is needed.</source>
        <translation>No secure keyring is available on this computer, so a passphrase is needed.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <source>The passphrase needs at least %d characters.</source>
        <translation>The passphrase needs at least %d characters.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <source>Your recovery code</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <source>If this computer&apos;s keyring is reset or you forget your passphrase, this code is the only way back into your data. Write it down or print it and keep it somewhere private. WellCare cannot recover it for you.</source>
        <translation>If this computer&apos;s keyring is reset or you forget your passphrase, this code is the only way back into your data. Write it down or print it and keep it somewhere private. WellCare cannot recover it for you.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the recovery code</source>
        <translation>Copy the recovery code</translation>
    </message>
    <message>
        <source>I have written down or printed my recovery code</source>
        <translation>I have written down or printed my recovery code</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Use your recovery code</source>
        <translation>Use your recovery code</translation>
    </message>
    <message>
        <source>Type the recovery code you were shown when you set up WellCare.</source>
        <translation>Type the recovery code you were shown when you set up WellCare.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Keep your recovery code</source>
        <translation>Keep your recovery code</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>High-contrast colours</source>
        <translation>High-contrast colours</translation>
    </message>
    <message>
        <source>Start WellCare when I log in</source>
        <translation>Start WellCare when I log in</translation>
    </message>
    <message>
        <source>Vault protection</source>
        <translation>Vault protection</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <source>Use a passphrase instead…</source>
        <translation>Use a passphrase instead…</translation>
    </message>
    <message>
        <source>Keep the key in the keyring instead</source>
        <translation>Keep the key in the keyring instead</translation>
    </message>
    <message>
        <source>Show recovery code…</source>
        <translation>Show recovery code…</translation>
    </message>
    <message>
        <source>Your vault&apos;s key is kept in this computer&apos;s secure keyring.</source>
        <translation>Your vault&apos;s key is kept in this computer&apos;s secure keyring.</translation>
    </message>
    <message>
        <source>Your vault opens only with your passphrase.</source>
        <translation>Your vault opens only with your passphrase.</translation>
    </message>
    <message>
        <source>No secure keyring is available on this computer, so a passphrase is used.</source>
        <translation>No secure keyring is available on this computer, so a passphrase is used.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Start at login</translation>
    </message>
    <message>
        <source>Could not change it: %s</source>
        <translation>Could not change it: %s</translation>
    </message>
    <message>
        <source>Your passphrase was changed. Your recovery code still works.</source>
        <translation>Your passphrase was changed. Your recovery code still works.</translation>
    </message>
    <message>
        <source>Your vault now opens only with your passphrase.</source>
        <translation>Your vault now opens only with your passphrase.</translation>
    </message>
    <message>
        <source>Your vault&apos;s key is now kept in this computer&apos;s keyring.</source>
        <translation>Your vault&apos;s key is now kept in this computer&apos;s keyring.</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Vault</translation>
    </message>
    <message>
        <source>Confirm it is you</source>
        <translation>Confirm it is you</translation>
    </message>
    <message>
        <source>Make sure nobody can see your screen. Continue?</source>
        <translation>Make sure nobody can see your screen. Continue?</translation>
    </message>
    <message>
        <source>Enter your passphrase to continue.</source>
        <translation>Enter your passphrase to continue.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up WellCare</source>
        <translation>Set up WellCare</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock WellCare</source>
        <translation>Unlock WellCare</translation>
    </message>
    <message>
        <source>WellCare cannot open</source>
        <translation>WellCare cannot open</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your vault.</source>
        <translation>Enter your passphrase to open your vault.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Use recovery code…</source>
        <translation>Use recovery code…</translation>
    </message>
    <message>
        <source>Reset WellCare…</source>
        <translation>Reset WellCare…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>The passphrase needs at least %d characters.</source>
        <translation>The passphrase needs at least %d characters.</translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation>DELETE</translation>
    </message>
    <message>
        <source>Reset WellCare</source>
        <translation>Reset WellCare</translation>
    </message>
    <message>
        <source>This deletes your vault, its backups and your recovery file. Your check-ins, notes and records will be gone for good. Type %s to confirm.</source>
        <translation>This deletes your vault, its backups and your recovery file. Your check-ins, notes and records will be gone for good. Type %s to confirm.</translation>
    </message>
    <message>
        <source>WellCare was reset. Let&apos;s set it up again.</source>
        <translation>WellCare was reset. Let&apos;s set it up again.</translation>
    </message>
</context>
<context>
    <name>VaultErrors</name>
    <message>
        <source>There is no WellCare vault in this profile yet.</source>
        <translation>There is no WellCare vault in this profile yet.</translation>
    </message>
    <message>
        <source>A WellCare vault already exists here; it was left as it is.</source>
        <translation>A WellCare vault already exists here; it was left as it is.</translation>
    </message>
    <message>
        <source>The passphrase or key does not open this vault. The vault was not changed.</source>
        <translation>The passphrase or key does not open this vault. The vault was not changed.</translation>
    </message>
    <message>
        <source>The vault file is damaged or incomplete (for example cut short by a failed copy). It was left untouched; restore it from a backup, or reset WellCare explicitly.</source>
        <translation>The vault file is damaged or incomplete (for example cut short by a failed copy). It was left untouched; restore it from a backup, or reset WellCare explicitly.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring no longer holds the vault&apos;s key (a profile restore or a new desktop can cause this). Unlock it with your recovery code; the vault was not changed.</source>
        <translation>This computer&apos;s keyring no longer holds the vault&apos;s key (a profile restore or a new desktop can cause this). Unlock it with your recovery code; the vault was not changed.</translation>
    </message>
    <message>
        <source>The only keyring available would store the key unencrypted, so WellCare will not use it. Please use a passphrase instead.</source>
        <translation>The only keyring available would store the key unencrypted, so WellCare will not use it. Please use a passphrase instead.</translation>
    </message>
    <message>
        <source>The disk is full, so WellCare could not save. Nothing saved before was lost.</source>
        <translation>The disk is full, so WellCare could not save. Nothing saved before was lost.</translation>
    </message>
    <message>
        <source>This profile&apos;s description file is missing or unreadable while a vault exists. WellCare left everything as it is; restore the file or reset WellCare explicitly.</source>
        <translation>This profile&apos;s description file is missing or unreadable while a vault exists. WellCare left everything as it is; restore the file or reset WellCare explicitly.</translation>
    </message>
    <message>
        <source>That recovery code does not match this vault. Check it and try again.</source>
        <translation>That recovery code does not match this vault. Check it and try again.</translation>
    </message>
    <message>
        <source>This vault is locked with a passphrase. Enter it to continue.</source>
        <translation>This vault is locked with a passphrase. Enter it to continue.</translation>
    </message>
    <message>
        <source>WellCare could not use its vault. Nothing was changed.</source>
        <translation>WellCare could not use its vault. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to WellCare</source>
        <translation>Welcome to WellCare</translation>
    </message>
    <message>
        <source>WellCare is here for the hard parts of call-center work: it reminds you to take short recovery breaks, offers quiet check-ins on how you are doing, supports you after an abusive call, and lets you ask the EAP office for a confidential session.</source>
        <translation>WellCare is here for the hard parts of call-center work: it reminds you to take short recovery breaks, offers quiet check-ins on how you are doing, supports you after an abusive call, and lets you ask the EAP office for a confidential session.</translation>
    </message>
    <message>
        <source>What stays private</source>
        <translation>What stays private</translation>
    </message>
    <message>
        <source>Your answers, notes and incident records are kept in an encrypted vault on this computer. Your supervisor, IT and the EAP coordinator cannot read them.</source>
        <translation>Your answers, notes and incident records are kept in an encrypted vault on this computer. Your supervisor, IT and the EAP coordinator cannot read them.</translation>
    </message>
    <message>
        <source>What the coordinator can see</source>
        <translation>What the coordinator can see</translation>
    </message>
    <message>
        <source>the EAP coordinator</source>
        <translation>the EAP coordinator</translation>
    </message>
    <message>
        <source>Only what you choose to send: a session request is sealed so that only %s can read it. If you opt in, coarse, randomized weekly figures join a team total that hides small groups. Sharing is off until you turn it on, and you can stop at any time.</source>
        <translation>Only what you choose to send: a session request is sealed so that only %s can read it. If you opt in, coarse, randomized weekly figures join a team total that hides small groups. Sharing is off until you turn it on, and you can stop at any time.</translation>
    </message>
    <message>
        <source>Nothing: no organisation policy is installed, so WellCare shares nothing with anyone.</source>
        <translation>Nothing: no organisation policy is installed, so WellCare shares nothing with anyone.</translation>
    </message>
</context>
<context>
    <name>WellCareApp</name>
    <message>
        <source>WellCare</source>
        <translation>WellCare</translation>
    </message>
    <message>
        <source>The organisation policy file cannot be used:
%s

Please tell your IT team.</source>
        <translation>The organisation policy file cannot be used:
%s

Please tell your IT team.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Open WellCare</source>
        <translation>Open WellCare</translation>
    </message>
    <message>
        <source>Unlock WellCare…</source>
        <translation>Unlock WellCare…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Quit WellCare</source>
        <translation>Quit WellCare</translation>
    </message>
</context>
</TS>
