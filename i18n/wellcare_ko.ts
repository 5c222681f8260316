<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>AskPassphraseDialog</name>
    <message>
        <source>Confirm it is you</source>
        <translation>본인 확인</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>암호 문구</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome back</source>
        <translation>다시 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>WellCare keeps you company through the shift: short recovery breaks, quiet check-ins, support after a hard call, and a confidential way to reach the EAP office.</source>
        <translation>WellCare는 근무 시간 내내 곁에 있습니다. 짧은 회복 휴식, 조용한 마음 점검, 힘든 통화 뒤의 지원, 그리고 EAP 상담실에 비밀리에 연락할 수 있는 길을 드립니다.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>내 데이터</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>소속 기관</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so WellCare lives in this window. Closing it only minimizes it; use WellCare ▸ Quit to stop.</source>
        <translation>이 데스크톱에는 시스템 트레이가 없어 WellCare가 이 창에서 실행됩니다. 창을 닫으면 최소화만 되며, 끝내려면 WellCare ▸ 종료를 누르세요.</translation>
    </message>
    <message>
        <source>Its key is kept in this computer&apos;s secure keyring.</source>
        <translation>금고의 키는 이 컴퓨터의 보안 키링에 보관됩니다.</translation>
    </message>
    <message>
        <source>It opens only with your passphrase.</source>
        <translation>금고는 내 암호 문구로만 열립니다.</translation>
    </message>
    <message>
        <source>Everything you enter stays in an encrypted vault on this computer.</source>
        <translation>입력하신 모든 내용은 이 컴퓨터의 암호화된 금고에만 저장됩니다.</translation>
    </message>
    <message>
        <source>Personal mode: no organisation policy is installed, so nothing is shared with anyone.</source>
        <translation>개인 모드: 기관 정책이 설치되어 있지 않아 어떤 정보도 누구와도 공유되지 않습니다.</translation>
    </message>
    <message>
        <source>Policy of %s.</source>
        <translation>%s 정책이 적용되어 있습니다.</translation>
    </message>
    <message>
        <source>EAP requests can be read only by %s.</source>
        <translation>EAP 상담 신청은 %s만 읽을 수 있습니다.</translation>
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
        <translation>페이지</translation>
    </message>
    <message>
        <source>&amp;WellCare</source>
        <translation>WellCare(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>잠그기(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit WellCare</source>
        <translation>WellCare 종료(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>암호 문구 정하기</translation>
    </message>
    <message>
        <source>Use at least %d characters. A short sentence is easy to remember and hard to guess.</source>
        <translation>%d자 이상으로 정하세요. 짧은 문장은 기억하기 쉽고 추측하기 어렵습니다.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>현재 암호 문구</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>새 암호 문구</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>새 암호 문구 다시 입력</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>다시 입력</translation>
    </message>
    <message>
        <source>The passphrase needs at least %d characters.</source>
        <translation>암호 문구는 %d자 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>두 암호 문구가 서로 다릅니다.</translation>
    </message>
</context>
<context>
    <name>ProtectionPage</name>
    <message>
        <source>Protect your vault</source>
        <translation>금고 보호 방법 선택</translation>
    </message>
    <message>
        <source>Keep the key in this computer&apos;s keyring (recommended)</source>
        <translation>이 컴퓨터의 키링에 키 보관 (권장)</translation>
    </message>
    <message>
        <source>Use a passphrase I type when WellCare starts</source>
        <translation>WellCare를 시작할 때마다 암호 문구 입력</translation>
    </message>
    <message>
        <source>No secure keyring is available on this computer, so a passphrase is needed.</source>
        <translation>이 컴퓨터에는 안전한 키링이 없어 암호 문구가 필요합니다.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>암호 문구</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>암호 문구 다시 입력</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>다시 입력</translation>
    </message>
    <message>
        <source>The passphrase needs at least %d characters.</source>
        <translation>암호 문구는 %d자 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>두 암호 문구가 서로 다릅니다.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>복구 코드</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <source>Your recovery code</source>
        <translation>나의 복구 코드</translation>
    </message>
    <message>
        <source>If this computer&apos;s keyring is reset or you forget your passphrase, this code is the only way back into your data. Write it down or print it and keep it somewhere private. WellCare cannot recover it for you.</source>
        <translation>이 컴퓨터의 키링이 초기화되거나 암호 문구를 잊어버리면, 이 코드만이 내 데이터를 다시 여는 유일한 방법입니다. 적어 두거나 인쇄해서 나만 아는 곳에 보관하세요. WellCare는 이 코드를 대신 찾아 드릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>복구 코드</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy the recovery code</source>
        <translation>복구 코드 복사</translation>
    </message>
    <message>
        <source>I have written down or printed my recovery code</source>
        <translation>복구 코드를 적어 두었거나 인쇄했습니다</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Use your recovery code</source>
        <translation>복구 코드 사용</translation>
    </message>
    <message>
        <source>Type the recovery code you were shown when you set up WellCare.</source>
        <translation>WellCare를 처음 설정할 때 받은 복구 코드를 입력하세요.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>복구 코드</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>새 암호 문구</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Keep your recovery code</source>
        <translation>복구 코드를 보관하세요</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>High-contrast colours</source>
        <translation>고대비 색상</translation>
    </message>
    <message>
        <source>Start WellCare when I log in</source>
        <translation>로그인할 때 WellCare 시작</translation>
    </message>
    <message>
        <source>Vault protection</source>
        <translation>금고 보호</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>암호 문구 변경…</translation>
    </message>
    <message>
        <source>Use a passphrase instead…</source>
        <translation>대신 암호 문구 사용…</translation>
    </message>
    <message>
        <source>Keep the key in the keyring instead</source>
        <translation>대신 키링에 키 보관</translation>
    </message>
    <message>
        <source>Show recovery code…</source>
        <translation>복구 코드 보기…</translation>
    </message>
    <message>
        <source>Your vault&apos;s key is kept in this computer&apos;s secure keyring.</source>
        <translation>금고의 키는 이 컴퓨터의 보안 키링에 보관되어 있습니다.</translation>
    </message>
    <message>
        <source>Your vault opens only with your passphrase.</source>
        <translation>금고는 내 암호 문구로만 열립니다.</translation>
    </message>
    <message>
        <source>No secure keyring is available on this computer, so a passphrase is used.</source>
        <translation>이 컴퓨터에는 안전한 키링이 없어 암호 문구를 사용합니다.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>로그인 시 시작</translation>
    </message>
    <message>
        <source>Could not change it: %s</source>
        <translation>변경하지 못했습니다: %s</translation>
    </message>
    <message>
        <source>Your passphrase was changed. Your recovery code still works.</source>
        <translation>암호 문구를 바꾸었습니다. 기존 복구 코드는 그대로 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Your vault now opens only with your passphrase.</source>
        <translation>이제 금고는 내 암호 문구로만 열립니다.</translation>
    </message>
    <message>
        <source>Your vault&apos;s key is now kept in this computer&apos;s keyring.</source>
        <translation>이제 금고의 키가 이 컴퓨터의 키링에 보관됩니다.</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>금고</translation>
    </message>
    <message>
        <source>Confirm it is you</source>
        <translation>본인 확인</translation>
    </message>
    <message>
        <source>Make sure nobody can see your screen. Continue?</source>
        <translation>다른 사람이 화면을 볼 수 없는지 확인하세요. 계속할까요?</translation>
    </message>
    <message>
        <source>Enter your passphrase to continue.</source>
        <translation>계속하려면 암호 문구를 입력하세요.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up WellCare</source>
        <translation>WellCare 설정</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock WellCare</source>
        <translation>WellCare 잠금 해제</translation>
    </message>
    <message>
        <source>WellCare cannot open</source>
        <translation>WellCare를 열 수 없습니다</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your vault.</source>
        <translation>금고를 열려면 암호 문구를 입력하세요.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>암호 문구</translation>
    </message>
    <message>
        <source>Use recovery code…</source>
        <translation>복구 코드 사용…</translation>
    </message>
    <message>
        <source>Reset WellCare…</source>
        <translation>WellCare 초기화…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <source>The passphrase needs at least %d characters.</source>
        <translation>암호 문구는 %d자 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Reset WellCare</source>
        <translation>WellCare 초기화</translation>
    </message>
    <message>
        <source>This deletes your vault, its backups and your recovery file. Your check-ins, notes and records will be gone for good. Type %s to confirm.</source>
        <translation>금고와 백업, 복구 파일이 모두 삭제됩니다. 마음 점검 기록과 메모, 사건 기록이 영구히 사라집니다. 확인하려면 %s를 입력하세요.</translation>
    </message>
    <message>
        <source>WellCare was reset. Let&apos;s set it up again.</source>
        <translation>WellCare를 초기화했습니다. 다시 설정해 볼까요?</translation>
    </message>
</context>
<context>
    <name>VaultErrors</name>
    <message>
        <source>There is no WellCare vault in this profile yet.</source>
        <translation>이 프로필에는 아직 WellCare 금고가 없습니다.</translation>
    </message>
    <message>
        <source>A WellCare vault already exists here; it was left as it is.</source>
        <translation>이곳에 이미 WellCare 금고가 있어 그대로 두었습니다.</translation>
    </message>
    <message>
        <source>The passphrase or key does not open this vault. The vault was not changed.</source>
        <translation>이 암호 문구가나 키로는 금고를 열 수 없습니다. 금고는 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>The vault file is damaged or incomplete (for example cut short by a failed copy). It was left untouched; restore it from a backup, or reset WellCare explicitly.</source>
        <translation>금고 파일이 손상되었거나 일부만 남아 있습니다(예: 복사 실패로 잘린 경우). 파일은 손대지 않았습니다. 백업에서 복원하거나, 직접 WellCare를 초기화하세요.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring no longer holds the vault&apos;s key (a profile restore or a new desktop can cause this). Unlock it with your recovery code; the vault was not changed.</source>
        <translation>이 컴퓨터의 키링에 더 이상 금고 키가 없습니다(프로필 복원이나 새 데스크톱 환경에서 생길 수 있습니다). 복구 코드로 잠금을 해제하세요. 금고는 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>The only keyring available would store the key unencrypted, so WellCare will not use it. Please use a passphrase instead.</source>
        <translation>사용할 수 있는 키링이 키를 암호화하지 않고 저장하므로 WellCare는 이를 사용하지 않습니다. 대신 암호 문구를 사용하세요.</translation>
    </message>
    <message>
        <source>The disk is full, so WellCare could not save. Nothing saved before was lost.</source>
        <translation>디스크가 가득 차서 저장하지 못했습니다. 이전에 저장한 내용은 그대로 있습니다.</translation>
    </message>
    <message>
        <source>This profile&apos;s description file is missing or unreadable while a vault exists. WellCare left everything as it is; restore the file or reset WellCare explicitly.</source>
        <translation>금고는 있지만 프로필 설명 파일이 없거나 읽을 수 없습니다. WellCare는 모든 것을 그대로 두었습니다. 파일을 복원하거나 직접 초기화하세요.</translation>
    </message>
    <message>
        <source>That recovery code does not match this vault. Check it and try again.</source>
        <translation>이 복구 코드는 금고와 맞지 않습니다. 확인한 뒤 다시 입력하세요.</translation>
    </message>
    <message>
        <source>This vault is locked with a passphrase. Enter it to continue.</source>
        <translation>이 금고는 암호 문구로 잠겨 있습니다. 계속하려면 암호 문구를 입력하세요.</translation>
    </message>
    <message>
        <source>WellCare could not use its vault. Nothing was changed.</source>
        <translation>WellCare가 금고를 사용하지 못했습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to WellCare</source>
        <translation>WellCare에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>WellCare is here for the hard parts of call-center work: it reminds you to take short recovery breaks, offers quiet check-ins on how you are doing, supports you after an abusive call, and lets you ask the EAP office for a confidential session.</source>
        <translation>WellCare는 콜센터 업무의 힘든 순간을 함께합니다. 짧은 회복 휴식을 챙겨 드리고, 요즘 어떤지 조용히 점검하도록 돕고, 폭언 통화 뒤에 곁을 지키며, EAP 상담실에 비밀 상담을 신청할 수 있게 합니다.</translation>
    </message>
    <message>
        <source>What stays private</source>
        <translation>나만 볼 수 있는 것</translation>
    </message>
    <message>
        <source>Your answers, notes and incident records are kept in an encrypted vault on this computer. Your supervisor, IT and the EAP coordinator cannot read them.</source>
        <translation>응답, 메모, 사건 기록은 이 컴퓨터의 암호화된 금고에 보관됩니다. 관리자, 전산 담당자, EAP 코디네이터 누구도 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>What the coordinator can see</source>
        <translation>코디네이터가 볼 수 있는 것</translation>
    </message>
    <message>
        <source>the EAP coordinator</source>
        <translation>EAP 코디네이터</translation>
    </message>
    <message>
        <source>Only what you choose to send: a session request is sealed so that only %s can read it. If you opt in, coarse, randomized weekly figures join a team total that hides small groups. Sharing is off until you turn it on, and you can stop at any time.</source>
        <translation>내가 보내기로 한 것뿐입니다. 상담 신청은 %s만 읽을 수 있도록 봉인됩니다. 참여에 동의하면 대략적이고 무작위화된 주간 수치가 소규모 집단을 가리는 팀 합계에 더해집니다. 공유는 직접 켜기 전까지 꺼져 있고, 언제든 멈출 수 있습니다.</translation>
    </message>
    <message>
        <source>Nothing: no organisation policy is installed, so WellCare shares nothing with anyone.</source>
        <translation>없습니다. 기관 정책이 설치되어 있지 않아 WellCare는 누구와도 아무것도 공유하지 않습니다.</translation>
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
        <translation>기관 정책 파일을 사용할 수 없습니다:
%s

전산 담당 부서에 알려 주세요.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Open WellCare</source>
        <translation>WellCare 열기</translation>
    </message>
    <message>
        <source>Unlock WellCare…</source>
        <translation>WellCare 잠금 해제…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>잠그기</translation>
    </message>
    <message>
        <source>Quit WellCare</source>
        <translation>WellCare 종료</translation>
    </message>
</context>
</TS>
