<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AfterExercisePanel</name>
    <message>
        <source>After the exercise</source>
        <translation>After the exercise</translation>
    </message>
    <message>
        <source>The rest of this break is yours. Nothing here is required.</source>
        <translation>The rest of this break is yours. Nothing here is required.</translation>
    </message>
    <message>
        <source>Ask the EAP office</source>
        <translation>Ask the EAP office</translation>
    </message>
    <message>
        <source>Ask the EAP office for counselling</source>
        <translation>Ask the EAP office for counselling</translation>
    </message>
    <message>
        <source>Ask for legal support</source>
        <translation>Ask for legal support</translation>
    </message>
    <message>
        <source>The request form opens when your break ends, with this call attached. Nothing is sent until you send it.</source>
        <translation>The request form opens when your break ends, with this call attached. Nothing is sent until you send it.</translation>
    </message>
    <message>
        <source>Write it down</source>
        <translation>Write it down</translation>
    </message>
    <message>
        <source>What happened, what was said, how you feel: for you alone</source>
        <translation>What happened, what was said, how you feel: for you alone</translation>
    </message>
    <message>
        <source>A note for this call&apos;s journal entry</source>
        <translation>A note for this call&apos;s journal entry</translation>
    </message>
    <message>
        <source>Save to my journal</source>
        <translation>Save to my journal</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Write something first.</translation>
    </message>
    <message>
        <source>Not saved: %s Your text is still here.</source>
        <translation>Not saved: %s Your text is still here.</translation>
    </message>
    <message>
        <source>Saved in your journal, with this call.</source>
        <translation>Saved in your journal, with this call.</translation>
    </message>
    <message>
        <source>Another exercise</source>
        <translation>Another exercise</translation>
    </message>
    <message>
        <source>No exercise fits the time left.</source>
        <translation>No exercise fits the time left.</translation>
    </message>
</context>
<context>
    <name>Aggregates</name>
    <message>
        <source>Wellbeing (WHO-5)</source>
        <translation>Wellbeing (WHO-5)</translation>
    </message>
    <message>
        <source>Stress (PSS-10)</source>
        <translation>Stress (PSS-10)</translation>
    </message>
    <message>
        <source>Client-related burnout (CBI)</source>
        <translation>Client-related burnout (CBI)</translation>
    </message>
    <message>
        <source>Breaks taken in the week</source>
        <translation>Breaks taken in the week</translation>
    </message>
    <message>
        <source>Hard calls in the week</source>
        <translation>Hard calls in the week</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>CBI client</source>
        <translation>CBI client</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Breaks</translation>
    </message>
    <message>
        <source>Hard calls</source>
        <translation>Hard calls</translation>
    </message>
    <message>
        <source>No team given</source>
        <translation>No team given</translation>
    </message>
    <message>
        <source>Not taken that week</source>
        <translation>Not taken that week</translation>
    </message>
    <message>
        <source>Good wellbeing</source>
        <translation>Good wellbeing</translation>
    </message>
    <message>
        <source>Low wellbeing</source>
        <translation>Low wellbeing</translation>
    </message>
    <message>
        <source>Very low wellbeing</source>
        <translation>Very low wellbeing</translation>
    </message>
    <message>
        <source>Low stress</source>
        <translation>Low stress</translation>
    </message>
    <message>
        <source>Moderate stress</source>
        <translation>Moderate stress</translation>
    </message>
    <message>
        <source>High stress</source>
        <translation>High stress</translation>
    </message>
    <message>
        <source>Lower burnout</source>
        <translation>Lower burnout</translation>
    </message>
    <message>
        <source>High burnout</source>
        <translation>High burnout</translation>
    </message>
    <message>
        <source>%s or more</source>
        <translation>%s or more</translation>
    </message>
</context>
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
    <name>AssessAttachments</name>
    <message>
        <source>A screening result, not a diagnosis.</source>
        <translation>A screening result, not a diagnosis.</translation>
    </message>
    <message>
        <source>Self-check %1, %2</source>
        <translation>Self-check %1, %2</translation>
    </message>
</context>
<context>
    <name>AssessFeature</name>
    <message>
        <source>Self-checks</source>
        <translation>Self-checks</translation>
    </message>
    <message>
        <source>My trends</source>
        <translation>My trends</translation>
    </message>
    <message>
        <source>Quick check-in…</source>
        <translation>Quick check-in…</translation>
    </message>
    <message>
        <source>Start the %s check (due)</source>
        <translation>Start the %s check (due)</translation>
    </message>
    <message>
        <source>Remind me in an hour</source>
        <translation>Remind me in an hour</translation>
    </message>
    <message>
        <source>Remind me tomorrow</source>
        <translation>Remind me tomorrow</translation>
    </message>
    <message numerus="yes">
        <source>Your %1 check is due; it takes about %n min. Open WellCare ▸ Self-checks when you are free.</source>
        <translation>
            <numerusform>Your %1 check is due; it takes about %n min. Open WellCare ▸ Self-checks when you are free.</numerusform>
            <numerusform>Your %1 check is due; it takes about %n min. Open WellCare ▸ Self-checks when you are free.</numerusform>
        </translation>
    </message>
    <message>
        <source>Due now: %s. Open WellCare ▸ Self-checks when you are free.</source>
        <translation>Due now: %s. Open WellCare ▸ Self-checks when you are free.</translation>
    </message>
    <message>
        <source>Time for a self-check</source>
        <translation>Time for a self-check</translation>
    </message>
</context>
<context>
    <name>AssessPage</name>
    <message>
        <source>Self-checks</source>
        <translation>Self-checks</translation>
    </message>
    <message>
        <source>Short, well-known questionnaires about how you have been. Each takes a minute or two; the result is explained in plain words.</source>
        <translation>Short, well-known questionnaires about how you have been. Each takes a minute or two; the result is explained in plain words.</translation>
    </message>
    <message>
        <source>Some questionnaires from your organisation could not be loaded and were left out. Please tell your IT or EAP office:</source>
        <translation>Some questionnaires from your organisation could not be loaded and were left out. Please tell your IT or EAP office:</translation>
    </message>
    <message>
        <source>Quick check-in</source>
        <translation>Quick check-in</translation>
    </message>
    <message>
        <source>How are you right now? One tap records your mood; tags and a note are optional.</source>
        <translation>How are you right now? One tap records your mood; tags and a note are optional.</translation>
    </message>
    <message>
        <source>Check in now…</source>
        <translation>Check in now…</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <source>Reminders come as a quiet notification, never during a call.</source>
        <translation>Reminders come as a quiet notification, never during a call.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Start now</translation>
    </message>
    <message>
        <source>In an hour</source>
        <translation>In an hour</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>Time to take the %s again, as you planned.</source>
        <translation>Time to take the %s again, as you planned.</translation>
    </message>
    <message>
        <source>Your %1 check is due (%2).</source>
        <translation>Your %1 check is due (%2).</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Reminders for %s</source>
        <translation>Reminders for %s</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Paused at %1 of %2</source>
        <translation>Paused at %1 of %2</translation>
    </message>
    <message>
        <source>Last: %s</source>
        <translation>Last: %s</translation>
    </message>
    <message>
        <source>Not taken yet</source>
        <translation>Not taken yet</translation>
    </message>
    <message>
        <source>Next: %s</source>
        <translation>Next: %s</translation>
    </message>
    <message>
        <source>All right, I will remind you again on %s.</source>
        <translation>All right, I will remind you again on %s.</translation>
    </message>
    <message>
        <source>All right, I will remind you again in an hour.</source>
        <translation>All right, I will remind you again in an hour.</translation>
    </message>
    <message>
        <source>Paused. Your answers are saved; continue whenever you like.</source>
        <translation>Paused. Your answers are saved; continue whenever you like.</translation>
    </message>
</context>
<context>
    <name>AssessTexts</name>
    <message>
        <source>Every week</source>
        <translation>Every week</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Every two weeks</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Every month</translation>
    </message>
    <message>
        <source>Only when I choose</source>
        <translation>Only when I choose</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Very low</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Okay</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Very good</translation>
    </message>
    <message>
        <source>Hard call</source>
        <translation>Hard call</translation>
    </message>
    <message>
        <source>Tired</source>
        <translation>Tired</translation>
    </message>
    <message>
        <source>Stressed</source>
        <translation>Stressed</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>Calm</translation>
    </message>
    <message>
        <source>Good day</source>
        <translation>Good day</translation>
    </message>
    <message>
        <source>Felt supported</source>
        <translation>Felt supported</translation>
    </message>
    <message>
        <source>Take a short recovery break: step away from the headset for a few minutes.</source>
        <translation>Take a short recovery break: step away from the headset for a few minutes.</translation>
    </message>
    <message>
        <source>Try a guided breathing or decompression exercise; two minutes already help.</source>
        <translation>Try a guided breathing or decompression exercise; two minutes already help.</translation>
    </message>
    <message>
        <source>Join a healing program from WellCare or your organisation.</source>
        <translation>Join a healing program from WellCare or your organisation.</translation>
    </message>
    <message>
        <source>Talk it through in confidence with the EAP (employee assistance) office.</source>
        <translation>Talk it through in confidence with the EAP (employee assistance) office.</translation>
    </message>
    <message>
        <source>Please arrange an assessment with a doctor or a mental-health professional.</source>
        <translation>Please arrange an assessment with a doctor or a mental-health professional.</translation>
    </message>
    <message>
        <source>If things feel too heavy, you can call a crisis line at any hour.</source>
        <translation>If things feel too heavy, you can call a crisis line at any hour.</translation>
    </message>
    <message>
        <source>Abusive callers are not part of the job. Under Article 41 of the Occupational Safety and Health Act you may ask your employer for a break, a change of duties, counselling and help with legal action.</source>
        <translation>Abusive callers are not part of the job. Under Article 41 of the Occupational Safety and Health Act you may ask your employer for a break, a change of duties, counselling and help with legal action.</translation>
    </message>
    <message>
        <source>Take this check again in two weeks to see how it moves.</source>
        <translation>Take this check again in two weeks to see how it moves.</translation>
    </message>
    <message>
        <source>Take a break</source>
        <translation>Take a break</translation>
    </message>
    <message>
        <source>Open exercises</source>
        <translation>Open exercises</translation>
    </message>
    <message>
        <source>See programs</source>
        <translation>See programs</translation>
    </message>
    <message>
        <source>Request an EAP session</source>
        <translation>Request an EAP session</translation>
    </message>
    <message>
        <source>Hard-call support</source>
        <translation>Hard-call support</translation>
    </message>
    <message>
        <source>Remind me in two weeks</source>
        <translation>Remind me in two weeks</translation>
    </message>
    <message>
        <source>This is a screening, not a diagnosis: it shows how the last weeks have been for you. Only a professional can make a diagnosis.</source>
        <translation>This is a screening, not a diagnosis: it shows how the last weeks have been for you. Only a professional can make a diagnosis.</translation>
    </message>
    <message>
        <source>Your answers are kept only in the encrypted vault on this computer. No one else sees them.</source>
        <translation>Your answers are kept only in the encrypted vault on this computer. No one else sees them.</translation>
    </message>
    <message>
        <source>Korea&apos;s 24-hour lines, per the Ministry of Health and Welfare: 109 replaced 1393 on 1 January 2024 (checked November 2026).</source>
        <translation>Korea&apos;s 24-hour lines, per the Ministry of Health and Welfare: 109 replaced 1393 on 1 January 2024 (checked November 2026).</translation>
    </message>
    <message>
        <source>Korean version: %1. Validated in: %2</source>
        <translation>Korean version: %1. Validated in: %2</translation>
    </message>
    <message>
        <source>Korean version: translated for WellCare, not validated. Its score ranges are only a rough guide.</source>
        <translation>Korean version: translated for WellCare, not validated. Its score ranges are only a rough guide.</translation>
    </message>
    <message>
        <source>Your score is in the highest range. This Korean version has not been validated, so the ranges are only a rough guide; if these answers reflect how you have been, talking to a professional or the EAP office can help.</source>
        <translation>Your score is in the highest range. This Korean version has not been validated, so the ranges are only a rough guide; if these answers reflect how you have been, talking to a professional or the EAP office can help.</translation>
    </message>
    <message>
        <source>One of your answers matters more than the score: please talk to someone about it soon. A crisis line can help at any hour, and a doctor, a mental-health professional or the EAP office can help with what comes next.</source>
        <translation>One of your answers matters more than the score: please talk to someone about it soon. A crisis line can help at any hour, and a doctor, a mental-health professional or the EAP office can help with what comes next.</translation>
    </message>
    <message>
        <source>Low well-being can be a sign of depression. The WHO-5&apos;s own guidance is to follow it with a short depression check, the PHQ-9 (nine questions, about two minutes).</source>
        <translation>Low well-being can be a sign of depression. The WHO-5&apos;s own guidance is to follow it with a short depression check, the PHQ-9 (nine questions, about two minutes).</translation>
    </message>
    <message>
        <source>Take the PHQ-9</source>
        <translation>Take the PHQ-9</translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <source>Show what is sent</source>
        <translation>Show what is sent</translation>
    </message>
    <message>
        <source>Text that would be sent</source>
        <translation>Text that would be sent</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
</context>
<context>
    <name>BreakNotice</name>
    <message>
        <source>Starting now.</source>
        <translation>Starting now.</translation>
    </message>
    <message numerus="yes">
        <source>Your call has ended. Finish your after-call notes: the break starts in %n second(s).</source>
        <translation>
            <numerusform>Your call has ended. Finish your after-call notes: the break starts in %n second.</numerusform>
            <numerusform>Your call has ended. Finish your after-call notes: the break starts in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starts in %n second(s). Finish your sentence; there is no need to hurry.</source>
        <translation>
            <numerusform>Starts in %n second. Finish your sentence; there is no need to hurry.</numerusform>
            <numerusform>Starts in %n seconds. Finish your sentence; there is no need to hurry.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreakOffers</name>
    <message>
        <source>It is too long for this call&apos;s note, or the call was deleted.</source>
        <translation>It is too long for this call&apos;s note, or the call was deleted.</translation>
    </message>
</context>
<context>
    <name>BreakOverlay</name>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Break time</source>
        <translation>Break time</translation>
    </message>
    <message>
        <source>Break progress</source>
        <translation>Break progress</translation>
    </message>
    <message>
        <source>This break is protected: it cannot be skipped or postponed.</source>
        <translation>This break is protected: it cannot be skipped or postponed.</translation>
    </message>
    <message numerus="yes">
        <source>Postpone %n min</source>
        <translation>
            <numerusform>Postpone %n min</numerusform>
            <numerusform>Postpone %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Postpones left for this break: %d</source>
        <translation>Postpones left for this break: %d</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Skip this break</translation>
    </message>
    <message>
        <source>End early: I must take a call</source>
        <translation>End early: I must take a call</translation>
    </message>
    <message>
        <source>Esc does nothing here: this break is protected.</source>
        <translation>Esc does nothing here: this break is protected.</translation>
    </message>
    <message numerus="yes">
        <source>Esc: postpone the break by %n min</source>
        <translation>
            <numerusform>Esc: postpone the break by %n min</numerusform>
            <numerusform>Esc: postpone the break by %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Esc: skip this break</source>
        <translation>Esc: skip this break</translation>
    </message>
    <message>
        <source>Esc does nothing during this break.</source>
        <translation>Esc does nothing during this break.</translation>
    </message>
    <message>
        <source>Press again to end your recovery break</source>
        <translation>Press again to end your recovery break</translation>
    </message>
</context>
<context>
    <name>BreakSettingsPanel</name>
    <message>
        <source>Break settings</source>
        <translation>Break settings</translation>
    </message>
    <message>
        <source>Shift starts</source>
        <translation>Shift starts</translation>
    </message>
    <message>
        <source>Shift ends</source>
        <translation>Shift ends</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Shift hours</source>
        <translation>Shift hours</translation>
    </message>
    <message>
        <source>Workdays</source>
        <translation>Workdays</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Micro-break every</source>
        <translation>Micro-break every</translation>
    </message>
    <message>
        <source>Rest break every</source>
        <translation>Rest break every</translation>
    </message>
    <message>
        <source>Save break settings</source>
        <translation>Save break settings</translation>
    </message>
    <message>
        <source>Time away and calls</source>
        <translation>Time away and calls</translation>
    </message>
    <message>
        <source>My softphone programs (one per line)</source>
        <translation>My softphone programs (one per line)</translation>
    </message>
    <message>
        <source>Save softphones</source>
        <translation>Save softphones</translation>
    </message>
    <message numerus="yes">
        <source>Micro-break: %1. Rest break: %2. A break can be postponed %n time(s), by up to %3 min.</source>
        <translation>
            <numerusform>Micro-break: %1. Rest break: %2. A break can be postponed once, by up to %3 min.</numerusform>
            <numerusform>Micro-break: %1. Rest break: %2. A break can be postponed %n times, by up to %3 min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your organisation asks for a micro-break at least every %1 min and a rest break at least every %2 min.</source>
        <translation>Your organisation asks for a micro-break at least every %1 min and a rest break at least every %2 min.</translation>
    </message>
    <message>
        <source>Strict mode, set by your organisation: breaks cannot be skipped or ended early.</source>
        <translation>Strict mode, set by your organisation: breaks cannot be skipped or ended early.</translation>
    </message>
    <message>
        <source>Set by your organisation: %s</source>
        <translation>Set by your organisation: %s</translation>
    </message>
    <message>
        <source>Not saved: the shift cannot start and end at the same time.</source>
        <translation>Not saved: the shift cannot start and end at the same time.</translation>
    </message>
    <message>
        <source>Not saved: these settings cannot work together.</source>
        <translation>Not saved: these settings cannot work together.</translation>
    </message>
    <message>
        <source>Saved. With no workdays chosen, no breaks are planned.</source>
        <translation>Saved. With no workdays chosen, no breaks are planned.</translation>
    </message>
    <message>
        <source>Saved. Your next breaks follow the new settings.</source>
        <translation>Saved. Your next breaks follow the new settings.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>A break never starts in the middle of a call: it waits for the call to end, up to the limit your organisation set. Mark a call with “On a call” in the tray menu, or list below the phone programs that run only during a call.</source>
        <translation>A break never starts in the middle of a call: it waits for the call to end, up to the limit your organisation set. Mark a call with “On a call” in the tray menu, or list below the phone programs that run only during a call.</translation>
    </message>
    <message>
        <source>More: for your IT team</source>
        <translation>More: for your IT team</translation>
    </message>
    <message>
        <source>A softphone can tell WellCare about calls itself: its scripts run “wellcare call start” and “wellcare call end”. Time away is noticed through the desktop&apos;s idle monitor (%s).</source>
        <translation>A softphone can tell WellCare about calls itself: its scripts run “wellcare call start” and “wellcare call end”. Time away is noticed through the desktop&apos;s idle monitor (%s).</translation>
    </message>
</context>
<context>
    <name>BreakTexts</name>
    <message>
        <source>Micro-break</source>
        <translation>Micro-break</translation>
    </message>
    <message>
        <source>Rest break</source>
        <translation>Rest break</translation>
    </message>
    <message>
        <source>Recovery break</source>
        <translation>Recovery break</translation>
    </message>
    <message>
        <source>Rest your eyes and your voice for a moment.</source>
        <translation>Rest your eyes and your voice for a moment.</translation>
    </message>
    <message>
        <source>Stand up, stretch, and have some water.</source>
        <translation>Stand up, stretch, and have some water.</translation>
    </message>
    <message>
        <source>That call was hard. Take this time for yourself.</source>
        <translation>That call was hard. Take this time for yourself.</translation>
    </message>
    <message>
        <source>Take off the headset, look far away and let your shoulders drop.</source>
        <translation>Take off the headset, look far away and let your shoulders drop.</translation>
    </message>
    <message>
        <source>Step away from the desk if you can. Your calls can wait.</source>
        <translation>Step away from the desk if you can. Your calls can wait.</translation>
    </message>
    <message>
        <source>This time is yours; the next call can wait. Breathe slowly: what you heard was not your fault.</source>
        <translation>This time is yours; the next call can wait. Breathe slowly: what you heard was not your fault.</translation>
    </message>
    <message>
        <source>not available on this system</source>
        <translation>not available on this system</translation>
    </message>
    <message>
        <source>no X11 display to ask</source>
        <translation>no X11 display to ask</translation>
    </message>
    <message>
        <source>this is a Wayland session, where X11 cannot see your typing in other windows</source>
        <translation>this is a Wayland session, where X11 cannot see your typing in other windows</translation>
    </message>
    <message>
        <source>a system library is missing (on Debian or Ubuntu: install libxss1)</source>
        <translation>a system library is missing (on Debian or Ubuntu: install libxss1)</translation>
    </message>
    <message>
        <source>the display server does not report idle time</source>
        <translation>the display server does not report idle time</translation>
    </message>
    <message>
        <source>no desktop session bus (D-Bus)</source>
        <translation>no desktop session bus (D-Bus)</translation>
    </message>
    <message>
        <source>this desktop does not offer an idle monitor</source>
        <translation>this desktop does not offer an idle monitor</translation>
    </message>
    <message>
        <source>a helper program failed</source>
        <translation>a helper program failed</translation>
    </message>
    <message>
        <source>the system did not answer</source>
        <translation>the system did not answer</translation>
    </message>
    <message>
        <source>Idle detection starts once WellCare is unlocked.</source>
        <translation>Idle detection starts once WellCare is unlocked.</translation>
    </message>
    <message>
        <source>Idle detection is not available: %s. Breaks still come on time; time away is not counted.</source>
        <translation>Idle detection is not available: %s. Breaks still come on time; time away is not counted.</translation>
    </message>
    <message>
        <source>WellCare notices when you are away from the keyboard: that time counts as a break.</source>
        <translation>WellCare notices when you are away from the keyboard: that time counts as a break.</translation>
    </message>
</context>
<context>
    <name>BreaksFeature</name>
    <message numerus="yes">
        <source>Postpone %n min</source>
        <translation>
            <numerusform>Postpone %n min</numerusform>
            <numerusform>Postpone %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the break now</source>
        <translation>Start the break now</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>On a call</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>On a break</translation>
    </message>
    <message>
        <source>No breaks planned</source>
        <translation>No breaks planned</translation>
    </message>
    <message>
        <source>A break is waiting for your call to end</source>
        <translation>A break is waiting for your call to end</translation>
    </message>
    <message>
        <source>Break due now</source>
        <translation>Break due now</translation>
    </message>
    <message numerus="yes">
        <source>Next break in %n min</source>
        <translation>
            <numerusform>Next break in %n min</numerusform>
            <numerusform>Next break in %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Next break at %s</source>
        <translation>Next break at %s</translation>
    </message>
    <message>
        <source>Next break: %1 %2</source>
        <translation>Next break: %1 %2</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>My day</translation>
    </message>
</context>
<context>
    <name>BreaksTray</name>
    <message>
        <source>On a break</source>
        <translation>On a break</translation>
    </message>
    <message>
        <source>Breaks paused until %s</source>
        <translation>Breaks paused until %s</translation>
    </message>
    <message>
        <source>No breaks planned</source>
        <translation>No breaks planned</translation>
    </message>
    <message>
        <source>A break is waiting for your call to end</source>
        <translation>A break is waiting for your call to end</translation>
    </message>
    <message>
        <source>Break due now</source>
        <translation>Break due now</translation>
    </message>
    <message>
        <source>Next break in %s</source>
        <translation>Next break in %s</translation>
    </message>
    <message numerus="yes">
        <source>Next break in %n min</source>
        <translation>
            <numerusform>Next break in %n min</numerusform>
            <numerusform>Next break in %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Next break at %s</source>
        <translation>Next break at %s</translation>
    </message>
    <message>
        <source>Take a break now</source>
        <translation>Take a break now</translation>
    </message>
    <message>
        <source>Resume breaks (paused until %s)</source>
        <translation>Resume breaks (paused until %s)</translation>
    </message>
    <message numerus="yes">
        <source>%n postpone(s) left for the next break</source>
        <translation>
            <numerusform>%n postpone left for the next break</numerusform>
            <numerusform>%n postpones left for the next break</numerusform>
        </translation>
    </message>
    <message>
        <source>Pausing breaks is off in your organisation</source>
        <translation>Pausing breaks is off in your organisation</translation>
    </message>
    <message>
        <source>Pause breaks for 30 min</source>
        <translation>Pause breaks for 30 min</translation>
    </message>
    <message>
        <source>Pause breaks for 1 hour</source>
        <translation>Pause breaks for 1 hour</translation>
    </message>
    <message>
        <source>Pause breaks until the next shift (%s)</source>
        <translation>Pause breaks until the next shift (%s)</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Breaks</translation>
    </message>
    <message>
        <source>This pause is not allowed any more.</source>
        <translation>This pause is not allowed any more.</translation>
    </message>
</context>
<context>
    <name>BreathCircle</name>
    <message>
        <source>Breathing guide</source>
        <translation>Breathing guide</translation>
    </message>
</context>
<context>
    <name>BreathingCircle</name>
    <message>
        <source>Breathing guide</source>
        <translation>Breathing guide</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Breathe in</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Breathe out</translation>
    </message>
</context>
<context>
    <name>CallBackCard</name>
    <message>
        <source>Your EAP office</source>
        <translation>Your EAP office</translation>
    </message>
    <message>
        <source>Phone number the EAP office should call</source>
        <translation>Phone number the EAP office should call</translation>
    </message>
    <message>
        <source>e.g. 010-1234-5678</source>
        <translation>e.g. 010-1234-5678</translation>
    </message>
    <message>
        <source>Ask the EAP office to call me back</source>
        <translation>Ask the EAP office to call me back</translation>
    </message>
    <message>
        <source>Call the EAP office at %1 or write to %2. It is confidential.</source>
        <translation>Call the EAP office at %1 or write to %2. It is confidential.</translation>
    </message>
    <message>
        <source>Call the EAP office at %s. It is confidential.</source>
        <translation>Call the EAP office at %s. It is confidential.</translation>
    </message>
    <message>
        <source>Write to the EAP office at %s. It is confidential.</source>
        <translation>Write to the EAP office at %s. It is confidential.</translation>
    </message>
    <message>
        <source>If your workplace has an employee assistance (EAP) office, it can help you in confidence.</source>
        <translation>If your workplace has an employee assistance (EAP) office, it can help you in confidence.</translation>
    </message>
    <message>
        <source>Please call a crisis line now: %s.</source>
        <translation>Please call a crisis line now: %s.</translation>
    </message>
    <message>
        <source>The EAP office can call you back, in confidence. Give the number to call and send the request with one click; none of your answers are included.</source>
        <translation>The EAP office can call you back, in confidence. Give the number to call and send the request with one click; none of your answers are included.</translation>
    </message>
    <message>
        <source>It is closed now, so please call one of the lines above first.</source>
        <translation>It is closed now, so please call one of the lines above first.</translation>
    </message>
    <message>
        <source>You can also call it yourself at %s.</source>
        <translation>You can also call it yourself at %s.</translation>
    </message>
    <message>
        <source>Your request was sent. It asks the EAP office to call you at %s.</source>
        <translation>Your request was sent. It asks the EAP office to call you at %s.</translation>
    </message>
    <message>
        <source>The EAP office has not said how soon it calls back, so if you need to talk to someone now, call one of the lines above.</source>
        <translation>The EAP office has not said how soon it calls back, so if you need to talk to someone now, call one of the lines above.</translation>
    </message>
    <message>
        <source>Waiting to be sent — the shared folder cannot be reached. WellCare keeps your request and sends it as soon as the folder is back.</source>
        <translation>Waiting to be sent — the shared folder cannot be reached. WellCare keeps your request and sends it as soon as the folder is back.</translation>
    </message>
    <message>
        <source>The request could not be made.</source>
        <translation>The request could not be made.</translation>
    </message>
    <message>
        <source>Enter the phone number to call: digits, spaces, +, - and parentheses, at least 7 digits.</source>
        <translation>Enter the phone number to call: digits, spaces, +, - and parentheses, at least 7 digits.</translation>
    </message>
</context>
<context>
    <name>CheckInPopup</name>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>How are you right now?</source>
        <translation>How are you right now?</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Anything to add? (optional)</source>
        <translation>Anything to add? (optional)</translation>
    </message>
    <message>
        <source>A note for yourself (stays encrypted on this computer)</source>
        <translation>A note for yourself (stays encrypted on this computer)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Keys 1–5 pick a mood · Enter: done</source>
        <translation>Keys 1–5 pick a mood · Enter: done</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Saved. Add a tag or a note if you like.</source>
        <translation>Saved. Add a tag or a note if you like.</translation>
    </message>
</context>
<context>
    <name>CoordinatorEnrollmentsFeature</name>
    <message>
        <source>Enrollments</source>
        <translation>Enrollments</translation>
    </message>
</context>
<context>
    <name>CoordinatorInboxFeature</name>
    <message>
        <source>EAP inbox</source>
        <translation>EAP inbox</translation>
    </message>
    <message numerus="yes">
        <source>%n new request(s) in the EAP inbox.</source>
        <translation>
            <numerusform>%n new request in the EAP inbox.</numerusform>
            <numerusform>%n new requests in the EAP inbox.</numerusform>
        </translation>
    </message>
    <message>
        <source>%d urgent.</source>
        <translation>%d urgent.</translation>
    </message>
    <message>
        <source>WellCare</source>
        <translation>WellCare</translation>
    </message>
</context>
<context>
    <name>CoordinatorNoticesFeature</name>
    <message>
        <source>Hand-over notices</source>
        <translation>Hand-over notices</translation>
    </message>
</context>
<context>
    <name>CouncilFeature</name>
    <message>
        <source>Council statistics</source>
        <translation>Council statistics</translation>
    </message>
</context>
<context>
    <name>CouncilPage</name>
    <message>
        <source>Measures by centre</source>
        <translation>Measures by centre</translation>
    </message>
    <message>
        <source>Trend over quarters</source>
        <translation>Trend over quarters</translation>
    </message>
    <message>
        <source>Council statistics</source>
        <translation>Council statistics</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Quarter:</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Hidden by the centre, or by the council because a centre&apos;s number is hidden</source>
        <translation>Hidden by the centre, or by the council because a centre&apos;s number is hidden</translation>
    </message>
    <message>
        <source>Definition %1, version %2. Brackets: 95% interval. Grey: hidden (a small group, or one that would let a small group be worked out; a combined number is hidden when any centre&apos;s is). Quarters add up only the weeks shown (≥: some weeks hidden). Not collected: %3.</source>
        <translation>Definition %1, version %2. Brackets: 95% interval. Grey: hidden (a small group, or one that would let a small group be worked out; a combined number is hidden when any centre&apos;s is). Quarters add up only the weeks shown (≥: some weeks hidden). Not collected: %3.</translation>
    </message>
    <message>
        <source>EAP rows count fixed 4-week blocks (never single weeks): a quarter holds the blocks that end in it, and only blocks a centre&apos;s report covers whole and that are over.</source>
        <translation>EAP rows count fixed 4-week blocks (never single weeks): a quarter holds the blocks that end in it, and only blocks a centre&apos;s report covers whole and that are over.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>CrisisBox</name>
    <message>
        <source>Crisis lines</source>
        <translation>Crisis lines</translation>
    </message>
    <message>
        <source>If you are in danger or thinking of harming yourself, call now</source>
        <translation>If you are in danger or thinking of harming yourself, call now</translation>
    </message>
    <message>
        <source>The EAP is not an emergency service: a request may not be read today. These lines answer day and night.</source>
        <translation>The EAP is not an emergency service: a request may not be read today. These lines answer day and night.</translation>
    </message>
    <message>
        <source>To talk to the EAP office now, in its opening hours: %s</source>
        <translation>To talk to the EAP office now, in its opening hours: %s</translation>
    </message>
</context>
<context>
    <name>CrisisLinesWindow</name>
    <message>
        <source>Crisis lines</source>
        <translation>Crisis lines</translation>
    </message>
    <message>
        <source>If you or someone else is in danger now, call one of these lines.</source>
        <translation>If you or someone else is in danger now, call one of these lines.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Summaries received (N)</source>
        <translation>Summaries received (N)</translation>
    </message>
    <message>
        <source>Low or very low wellbeing (WHO-5)</source>
        <translation>Low or very low wellbeing (WHO-5)</translation>
    </message>
    <message>
        <source>High stress (PSS-10)</source>
        <translation>High stress (PSS-10)</translation>
    </message>
    <message>
        <source>High client-related burnout (CBI)</source>
        <translation>High client-related burnout (CBI)</translation>
    </message>
    <message>
        <source>At least one hard call in the week</source>
        <translation>At least one hard call in the week</translation>
    </message>
    <message>
        <source>Counselling</source>
        <translation>Counselling</translation>
    </message>
    <message>
        <source>Stress and health</source>
        <translation>Stress and health</translation>
    </message>
    <message>
        <source>Legal support</source>
        <translation>Legal support</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Reviewed by counsel</source>
        <translation>Reviewed by counsel</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Action taken</translation>
    </message>
</context>
<context>
    <name>DashboardCounts</name>
    <message numerus="yes">
        <source>This team cannot be shown on its own in these weeks: it is a group of fewer than %n people, or comparing it with the whole floor would describe one.</source>
        <translation>
            <numerusform>This team cannot be shown on its own in these weeks: it is a group of fewer than %n person, or comparing it with the whole floor would describe one.</numerusform>
            <numerusform>This team cannot be shown on its own in these weeks: it is a group of fewer than %n people, or comparing it with the whole floor would describe one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardFeature</name>
    <message>
        <source>Floor dashboard</source>
        <translation>Floor dashboard</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Floor dashboard</source>
        <translation>Floor dashboard</translation>
    </message>
    <message>
        <source>First week</source>
        <translation>First week</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Last week</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Estimated share in each band per week</source>
        <translation>Estimated share in each band per week</translation>
    </message>
    <message>
        <source>Wellbeing and stress</source>
        <translation>Wellbeing and stress</translation>
    </message>
    <message>
        <source>Shown in the cells</source>
        <translation>Shown in the cells</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Single weeks</source>
        <translation>Single weeks</translation>
    </message>
    <message>
        <source>4-week windows</source>
        <translation>4-week windows</translation>
    </message>
    <message>
        <source>Quarters (13 weeks)</source>
        <translation>Quarters (13 weeks)</translation>
    </message>
    <message>
        <source>Teams by week</source>
        <translation>Teams by week</translation>
    </message>
    <message>
        <source>Teams × weeks</source>
        <translation>Teams × weeks</translation>
    </message>
    <message>
        <source>Hard calls and breaks per week</source>
        <translation>Hard calls and breaks per week</translation>
    </message>
    <message>
        <source>Hard calls and breaks</source>
        <translation>Hard calls and breaks</translation>
    </message>
    <message>
        <source>EAP requests by kind and status</source>
        <translation>EAP requests by kind and status</translation>
    </message>
    <message>
        <source>EAP requests</source>
        <translation>EAP requests</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <source>Whole floor</source>
        <translation>Whole floor</translation>
    </message>
    <message>
        <source>No anonymous summaries have arrived yet. They come in after each week ends, from counselors who chose to share.</source>
        <translation>No anonymous summaries have arrived yet. They come in after each week ends, from counselors who chose to share.</translation>
    </message>
    <message>
        <source>Share of summaries</source>
        <translation>Share of summaries</translation>
    </message>
    <message>
        <source>Shaded: 95% interval. ε = %1 per question. N under each week: summaries in the group.</source>
        <translation>Shaded: 95% interval. ε = %1 per question. N under each week: summaries in the group.</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>hidden</translation>
    </message>
    <message numerus="yes">
        <source>None of these weeks has summaries from at least %n people.</source>
        <translation>
            <numerusform>None of these weeks has summaries from at least %n person.</numerusform>
            <numerusform>None of these weeks has summaries from at least %n people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hatched: hidden, because the group has fewer than %n people or because it would let such a group be worked out. “≥”: some weeks of the range are hidden and not counted.</source>
        <translation>
            <numerusform>Hatched: hidden, because the group has fewer than %n person or because it would let such a group be worked out. “≥”: some weeks of the range are hidden and not counted.</numerusform>
            <numerusform>Hatched: hidden, because the group has fewer than %n people or because it would let such a group be worked out. “≥”: some weeks of the range are hidden and not counted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted from the ranges sent: hard calls 0, 1, 2–4, 5+ as 0, 1, 3, 5; breaks 0, 1–9, 10–24, 25+ as 0, 5, 17, 25. The open top range makes these, if anything, too low.</source>
        <translation>Counted from the ranges sent: hard calls 0, 1, 2–4, 5+ as 0, 1, 3, 5; breaks 0, 1–9, 10–24, 25+ as 0, 5, 17, 25. The open top range makes these, if anything, too low.</translation>
    </message>
    <message>
        <source>Hard calls per 100 counselor-weeks</source>
        <translation>Hard calls per 100 counselor-weeks</translation>
    </message>
    <message>
        <source>Breaks taken per counselor-week</source>
        <translation>Breaks taken per counselor-week</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No EAP inbox in this profile.</source>
        <translation>No EAP inbox in this profile.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Teams by %1-week window</source>
        <translation>Teams by %1-week window</translation>
    </message>
    <message>
        <source>Each column pools %1 weeks (dates: first and last week). A team&apos;s window adds up only its weeks that are shown; “3 of 4 weeks”: the others are hidden and left out. N: summaries in the weeks pooled.</source>
        <translation>Each column pools %1 weeks (dates: first and last week). A team&apos;s window adds up only its weeks that are shown; “3 of 4 weeks”: the others are hidden and left out. N: summaries in the weeks pooled.</translation>
    </message>
    <message>
        <source>%1 of %2 weeks</source>
        <translation>%1 of %2 weeks</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% interval</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>ε</source>
        <translation>ε</translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>All measures</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>The file could not be written: %s</source>
        <translation>The file could not be written: %s</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>WellCare floor report</source>
        <translation>WellCare floor report</translation>
    </message>
    <message>
        <source>Weeks of %1 to %2 · %3</source>
        <translation>Weeks of %1 to %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>Groups under %n people are hidden, and so is any number that would let one be worked out.</source>
        <translation>
            <numerusform>Groups under %n person are hidden, and so is any number that would let one be worked out.</numerusform>
            <numerusform>Groups under %n people are hidden, and so is any number that would let one be worked out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimates from randomized anonymous summaries, with 95% intervals; ε = %1 per counselor per week.</source>
        <translation>Estimates from randomized anonymous summaries, with 95% intervals; ε = %1 per counselor per week.</translation>
    </message>
    <message>
        <source>N beside each estimate: summaries in the group that week. Screening bands, not diagnoses.</source>
        <translation>N beside each estimate: summaries in the group that week. Screening bands, not diagnoses.</translation>
    </message>
    <message>
        <source>Made on %s</source>
        <translation>Made on %s</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message numerus="yes">
        <source>Estimates from randomized summaries (ε = %1 per counselor per week; each week&apos;s summary answers one question with all of it), with 95% intervals. N = summaries in the group that week; groups under %n people are hidden, and so is any number that would let one be worked out.</source>
        <translation>
            <numerusform>Estimates from randomized summaries (ε = %1 per counselor per week; each week&apos;s summary answers one question with all of it), with 95% intervals. N = summaries in the group that week; groups under %n person are hidden, and so is any number that would let one be worked out.</numerusform>
            <numerusform>Estimates from randomized summaries (ε = %1 per counselor per week; each week&apos;s summary answers one question with all of it), with 95% intervals. N = summaries in the group that week; groups under %n people are hidden, and so is any number that would let one be worked out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message numerus="yes">
        <source>Hatched: hidden, because the group has fewer than %n people or because it would let such a group be worked out. “≥”: some 4-week blocks are hidden and not counted.</source>
        <translation>
            <numerusform>Hatched: hidden, because the group has fewer than %n person or because it would let such a group be worked out. “≥”: some 4-week blocks are hidden and not counted.</numerusform>
            <numerusform>Hatched: hidden, because the group has fewer than %n people or because it would let such a group be worked out. “≥”: some 4-week blocks are hidden and not counted.</numerusform>
        </translation>
    </message>
    <message>
        <source>EAP requests received in whole 4-week blocks, by kind and status</source>
        <translation>EAP requests received in whole 4-week blocks, by kind and status</translation>
    </message>
    <message>
        <source>Counted: %1 (EAP requests are counted per fixed 4-week block, never per week).</source>
        <translation>Counted: %1 (EAP requests are counted per fixed 4-week block, never per week).</translation>
    </message>
    <message>
        <source>Left out: %1 (a 4-week block cut by the chosen weeks or not over yet).</source>
        <translation>Left out: %1 (a 4-week block cut by the chosen weeks or not over yet).</translation>
    </message>
    <message>
        <source>No 4-week block lies wholly in these weeks and is over, so no EAP request is counted (EAP requests are counted per fixed 4-week block, never per week).</source>
        <translation>No 4-week block lies wholly in these weeks and is over, so no EAP request is counted (EAP requests are counted per fixed 4-week block, never per week).</translation>
    </message>
    <message>
        <source>too uncertain</source>
        <translation>too uncertain</translation>
    </message>
    <message>
        <source>%1 · %2-week windows</source>
        <translation>%1 · %2-week windows</translation>
    </message>
    <message>
        <source>Single weeks are too noisy here, so the weeks are pooled into windows. Points add up to 100% in each window; bars: 95% interval. A gap: a week of the window is hidden.</source>
        <translation>Single weeks are too noisy here, so the weeks are pooled into windows. Points add up to 100% in each window; bars: 95% interval. A gap: a week of the window is hidden.</translation>
    </message>
</context>
<context>
    <name>DashboardSummary</name>
    <message>
        <source>not shown</source>
        <translation>not shown</translation>
    </message>
    <message>
        <source>too uncertain</source>
        <translation>too uncertain</translation>
    </message>
    <message>
        <source>Getting worse</source>
        <translation>Getting worse</translation>
    </message>
    <message>
        <source>Getting better</source>
        <translation>Getting better</translation>
    </message>
    <message>
        <source>Can&apos;t tell yet</source>
        <translation>Can&apos;t tell yet</translation>
    </message>
    <message>
        <source>Whole floor</source>
        <translation>Whole floor</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Is it getting worse? Can&apos;t tell yet: these weeks hold only one window to compare.</source>
        <translation>Is it getting worse? Can&apos;t tell yet: these weeks hold only one window to compare.</translation>
    </message>
    <message>
        <source>getting worse: %s</source>
        <translation>getting worse: %s</translation>
    </message>
    <message>
        <source>getting better: %s</source>
        <translation>getting better: %s</translation>
    </message>
    <message>
        <source>Is it getting worse? No group has clearly changed since the window before (can&apos;t tell yet).</source>
        <translation>Is it getting worse? No group has clearly changed since the window before (can&apos;t tell yet).</translation>
    </message>
    <message>
        <source>Is it getting worse? Clearly changed since the window before — %s; the others: can&apos;t tell yet.</source>
        <translation>Is it getting worse? Clearly changed since the window before — %s; the others: can&apos;t tell yet.</translation>
    </message>
    <message>
        <source>Who asks for what support? No EAP inbox in this profile.</source>
        <translation>Who asks for what support? No EAP inbox in this profile.</translation>
    </message>
    <message>
        <source>Who asks for what support? EAP requests in whole 4-week blocks of these weeks are too few to show without pointing at someone (or no whole block is over yet).</source>
        <translation>Who asks for what support? EAP requests in whole 4-week blocks of these weeks are too few to show without pointing at someone (or no whole block is over yet).</translation>
    </message>
    <message>
        <source>Who asks for what support? EAP requests in the whole 4-week blocks of these weeks (%s): %s (“≥”: some blocks are too few to count).</source>
        <translation>Who asks for what support? EAP requests in the whole 4-week blocks of these weeks (%s): %s (“≥”: some blocks are too few to count).</translation>
    </message>
    <message>
        <source>Latest %1 weeks (%2) compared with the %1 weeks before (%3). Share of summaries, 95% interval in brackets; ▲ clearly higher than before, ▼ clearly lower.</source>
        <translation>Latest %1 weeks (%2) compared with the %1 weeks before (%3). Share of summaries, 95% interval in brackets; ▲ clearly higher than before, ▼ clearly lower.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Trend: a two-sided test of the latest window against the one before at 5%, adjusted for the number of teams and measures (Holm), so a false “worse” anywhere is rare.</source>
        <translation>Trend: a two-sided test of the latest window against the one before at 5%, adjusted for the number of teams and measures (Holm), so a false “worse” anywhere is rare.</translation>
    </message>
    <message>
        <source>“too uncertain”: the 95% interval is wider than %1 points; “not shown”: a week of the window is hidden for this group, or holds older summaries.</source>
        <translation>“too uncertain”: the 95% interval is wider than %1 points; “not shown”: a week of the window is hidden for this group, or holds older summaries.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>DayPage</name>
    <message>
        <source>My day</source>
        <translation>My day</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Breaks, last two weeks</source>
        <translation>Breaks, last two weeks</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Away from the desk</source>
        <translation>Away from the desk</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Hard calls per week</source>
        <translation>Hard calls per week</translation>
    </message>
    <message>
        <source>Hard calls</source>
        <translation>Hard calls</translation>
    </message>
    <message>
        <source>Breaks taken: %1 (%2 of them away from the desk). Postponed: %3. Skipped: %4. Break time: %5 min.</source>
        <translation>Breaks taken: %1 (%2 of them away from the desk). Postponed: %3. Skipped: %4. Break time: %5 min.</translation>
    </message>
    <message>
        <source>No breaks in the last two weeks yet. Each break you take or skip adds to this chart.</source>
        <translation>No breaks in the last two weeks yet. Each break you take or skip adds to this chart.</translation>
    </message>
</context>
<context>
    <name>DecompressionSteps</name>
    <message>
        <source>Decompression</source>
        <translation>Decompression</translation>
    </message>
    <message>
        <source>Take the headset off and put it down.</source>
        <translation>Take the headset off and put it down.</translation>
    </message>
    <message>
        <source>Breathe in for 4, out slowly for 6. Let the out-breath be the long one.</source>
        <translation>Breathe in for 4, out slowly for 6. Let the out-breath be the long one.</translation>
    </message>
    <message>
        <source>Press your feet into the floor. Name five things you can see.</source>
        <translation>Press your feet into the floor. Name five things you can see.</translation>
    </message>
    <message>
        <source>Say to yourself: what the caller said was about their situation, not about who I am.</source>
        <translation>Say to yourself: what the caller said was about their situation, not about who I am.</translation>
    </message>
    <message>
        <source>Roll your shoulders, stretch your neck, have some water.</source>
        <translation>Roll your shoulders, stretch your neck, have some water.</translation>
    </message>
    <message>
        <source>If you feel dizzy, breathe normally.</source>
        <translation>If you feel dizzy, breathe normally.</translation>
    </message>
</context>
<context>
    <name>EapFeature</name>
    <message>
        <source>WellCare: important</source>
        <translation>WellCare: important</translation>
    </message>
    <message>
        <source>The EAP coordinator&apos;s key has changed. Open WellCare before sending a request.</source>
        <translation>The EAP coordinator&apos;s key has changed. Open WellCare before sending a request.</translation>
    </message>
    <message>
        <source>EAP support</source>
        <translation>EAP support</translation>
    </message>
    <message>
        <source>Ask for EAP support…</source>
        <translation>Ask for EAP support…</translation>
    </message>
    <message>
        <source>WellCare</source>
        <translation>WellCare</translation>
    </message>
    <message>
        <source>A reply arrived: your appointment is %s.</source>
        <translation>A reply arrived: your appointment is %s.</translation>
    </message>
    <message>
        <source>Your request was received.</source>
        <translation>Your request was received.</translation>
    </message>
    <message>
        <source>Your request was marked done.</source>
        <translation>Your request was marked done.</translation>
    </message>
    <message>
        <source>Your request was closed. Open WellCare to read why.</source>
        <translation>Your request was closed. Open WellCare to read why.</translation>
    </message>
    <message>
        <source>Appointment reminder</source>
        <translation>Appointment reminder</translation>
    </message>
    <message>
        <source>Your appointment is %s.</source>
        <translation>Your appointment is %s.</translation>
    </message>
</context>
<context>
    <name>EapOffice</name>
    <message>
        <source>EAP office hours: %s.</source>
        <translation>EAP office hours: %s.</translation>
    </message>
    <message>
        <source>today at %s</source>
        <translation>today at %s</translation>
    </message>
    <message>
        <source>tomorrow at %s</source>
        <translation>tomorrow at %s</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>on %1 at %2</translation>
    </message>
    <message>
        <source>The EAP office is open now, until %s.</source>
        <translation>The EAP office is open now, until %s.</translation>
    </message>
    <message>
        <source>The EAP office is closed now.</source>
        <translation>The EAP office is closed now.</translation>
    </message>
    <message>
        <source>The EAP office is closed now. It opens again %s.</source>
        <translation>The EAP office is closed now. It opens again %s.</translation>
    </message>
    <message>
        <source>EAP office phone: %s</source>
        <translation>EAP office phone: %s</translation>
    </message>
    <message>
        <source>What you tell the EAP office stays confidential. Only if they believe your life, or someone else&apos;s, is in immediate danger may they contact emergency services to keep you safe.</source>
        <translation>What you tell the EAP office stays confidential. Only if they believe your life, or someone else&apos;s, is in immediate danger may they contact emergency services to keep you safe.</translation>
    </message>
</context>
<context>
    <name>EapPage</name>
    <message>
        <source>Confidential EAP support</source>
        <translation>Confidential EAP support</translation>
    </message>
    <message>
        <source>Ask the Employee Assistance Program for a session: counseling, help with stress and health, or legal support after an abusive call. Asking is confidential and free.</source>
        <translation>Ask the Employee Assistance Program for a session: counseling, help with stress and health, or legal support after an abusive call. Asking is confidential and free.</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>New request…</translation>
    </message>
    <message>
        <source>Your requests</source>
        <translation>Your requests</translation>
    </message>
    <message>
        <source>The EAP is not an emergency service. In a crisis, call: %s</source>
        <translation>The EAP is not an emergency service. In a crisis, call: %s</translation>
    </message>
    <message>
        <source>the EAP coordinator</source>
        <translation>the EAP coordinator</translation>
    </message>
    <message>
        <source>Who can read your request</source>
        <translation>Who can read your request</translation>
    </message>
    <message>
        <source>Only %s. Your request is sealed on this computer with their key before it leaves, so your supervisor, IT and other counselors cannot read it on the way.</source>
        <translation>Only %s. Your request is sealed on this computer with their key before it leaves, so your supervisor, IT and other counselors cannot read it on the way.</translation>
    </message>
    <message>
        <source>Key fingerprint: %s</source>
        <translation>Key fingerprint: %s</translation>
    </message>
    <message>
        <source>The EAP coordinator&apos;s key has changed</source>
        <translation>The EAP coordinator&apos;s key has changed</translation>
    </message>
    <message>
        <source>The organisation policy now names a different key than the one this computer trusted. That happens when the EAP office gets a new computer, but it could also mean someone is trying to read requests. Sending is paused until you check the new fingerprint with the EAP office (by phone or in person).</source>
        <translation>The organisation policy now names a different key than the one this computer trusted. That happens when the EAP office gets a new computer, but it could also mean someone is trying to read requests. Sending is paused until you check the new fingerprint with the EAP office (by phone or in person).</translation>
    </message>
    <message>
        <source>Trusted until now: %s</source>
        <translation>Trusted until now: %s</translation>
    </message>
    <message>
        <source>New key: %s</source>
        <translation>New key: %s</translation>
    </message>
    <message>
        <source>The EAP office confirmed this fingerprint: trust the new key…</source>
        <translation>The EAP office confirmed this fingerprint: trust the new key…</translation>
    </message>
    <message>
        <source>The EAP keys in your organisation&apos;s policy are not valid, so WellCare will not send anything. Please tell your IT team.</source>
        <translation>The EAP keys in your organisation&apos;s policy are not valid, so WellCare will not send anything. Please tell your IT team.</translation>
    </message>
    <message>
        <source>Your organisation has not set up confidential requests in WellCare, so nothing can be sent from here.</source>
        <translation>Your organisation has not set up confidential requests in WellCare, so nothing can be sent from here.</translation>
    </message>
    <message>
        <source>You can contact the EAP office directly: %s</source>
        <translation>You can contact the EAP office directly: %s</translation>
    </message>
    <message>
        <source>Ask your HR team how to reach the EAP office.</source>
        <translation>Ask your HR team how to reach the EAP office.</translation>
    </message>
    <message>
        <source>Cancel the request?</source>
        <translation>Cancel the request?</translation>
    </message>
    <message>
        <source>The EAP office will be told that you cancelled it. You can always send a new request.</source>
        <translation>The EAP office will be told that you cancelled it. You can always send a new request.</translation>
    </message>
    <message>
        <source>Trust the new key?</source>
        <translation>Trust the new key?</translation>
    </message>
    <message>
        <source>Only continue if the EAP office told you this exact fingerprint:

%s

Requests will then be sealed to the new key.</source>
        <translation>Only continue if the EAP office told you this exact fingerprint:

%s

Requests will then be sealed to the new key.</translation>
    </message>
    <message>
        <source>The shared folder is set up too openly</source>
        <translation>The shared folder is set up too openly</translation>
    </message>
    <message>
        <source>Please tell your IT team. WellCare&apos;s set-up guide lists the permissions each folder needs (DEPLOYMENT.md, &quot;Exchange share permissions&quot;).</source>
        <translation>Please tell your IT team. WellCare&apos;s set-up guide lists the permissions each folder needs (DEPLOYMENT.md, &quot;Exchange share permissions&quot;).</translation>
    </message>
    <message>
        <source>More: check the key with the EAP office</source>
        <translation>More: check the key with the EAP office</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Cancel the request</translation>
    </message>
    <message>
        <source>Keep the request</source>
        <translation>Keep the request</translation>
    </message>
</context>
<context>
    <name>EapTexts</name>
    <message>
        <source>Stress and health management</source>
        <translation>Stress and health management</translation>
    </message>
    <message>
        <source>Legal support after an abusive call</source>
        <translation>Legal support after an abusive call</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
    <message>
        <source>Routine: within about two weeks</source>
        <translation>Routine: within about two weeks</translation>
    </message>
    <message>
        <source>Soon: this week</source>
        <translation>Soon: this week</translation>
    </message>
    <message>
        <source>Urgent: as soon as possible</source>
        <translation>Urgent: as soon as possible</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Soon</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Weekday mornings</source>
        <translation>Weekday mornings</translation>
    </message>
    <message>
        <source>Lunch break</source>
        <translation>Lunch break</translation>
    </message>
    <message>
        <source>Weekday afternoons</source>
        <translation>Weekday afternoons</translation>
    </message>
    <message>
        <source>After my shift</source>
        <translation>After my shift</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>Saturdays</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Text message</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Company messenger</source>
        <translation>Company messenger</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Cancelled by the counselor</source>
        <translation>Cancelled by the counselor</translation>
    </message>
    <message>
        <source>it was not signed with the EAP office&apos;s key</source>
        <translation>it was not signed with the EAP office&apos;s key</translation>
    </message>
    <message>
        <source>it was altered or not addressed to you</source>
        <translation>it was altered or not addressed to you</translation>
    </message>
    <message>
        <source>it was damaged or in an unknown format</source>
        <translation>it was damaged or in an unknown format</translation>
    </message>
    <message>
        <source>today at %s</source>
        <translation>today at %s</translation>
    </message>
    <message>
        <source>tomorrow at %s</source>
        <translation>tomorrow at %s</translation>
    </message>
    <message>
        <source>Counselors can see the list of files in the EAP inbox. Nobody can read a sealed request, but anyone could see that someone asked for help, and when.</source>
        <translation>Counselors can see the list of files in the EAP inbox. Nobody can read a sealed request, but anyone could see that someone asked for help, and when.</translation>
    </message>
    <message>
        <source>This computer may not add files to the EAP inbox, so requests cannot be sent. They wait on this computer until the folder is fixed.</source>
        <translation>This computer may not add files to the EAP inbox, so requests cannot be sent. They wait on this computer until the folder is fixed.</translation>
    </message>
    <message>
        <source>Counselors can add or delete files in the replies folder, where the EAP office&apos;s answers arrive.</source>
        <translation>Counselors can add or delete files in the replies folder, where the EAP office&apos;s answers arrive.</translation>
    </message>
    <message>
        <source>Counselors can add or delete files in the offers folder. WellCare only shows offers signed by the EAP office, but the folder should be the office&apos;s alone.</source>
        <translation>Counselors can add or delete files in the offers folder. WellCare only shows offers signed by the EAP office, but the folder should be the office&apos;s alone.</translation>
    </message>
    <message>
        <source>Reviewed by counsel</source>
        <translation>Reviewed by counsel</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>A session with an EAP therapist</source>
        <translation>A session with an EAP therapist</translation>
    </message>
</context>
<context>
    <name>EditIncidentDialog</name>
    <message>
        <source>Edit the note</source>
        <translation>Edit the note</translation>
    </message>
    <message>
        <source>Call reference</source>
        <translation>Call reference</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Enroll</source>
        <translation>Enroll</translation>
    </message>
    <message>
        <source>the EAP office</source>
        <translation>the EAP office</translation>
    </message>
    <message>
        <source>Your enrollment is sealed so that only %s can read it; your team leader does not see it. Share only what you want them to know.</source>
        <translation>Your enrollment is sealed so that only %s can read it; your team leader does not see it. Share only what you want them to know.</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Name (optional)</translation>
    </message>
    <message>
        <source>Phone, extension or e-mail</source>
        <translation>Phone, extension or e-mail</translation>
    </message>
    <message>
        <source>How to reach you</source>
        <translation>How to reach you</translation>
    </message>
    <message>
        <source>For example: dietary needs, accessibility, questions</source>
        <translation>For example: dietary needs, accessibility, questions</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>Give a name or a way to reach you, so the EAP office can confirm your place.</source>
        <translation>Give a name or a way to reach you, so the EAP office can confirm your place.</translation>
    </message>
    <message>
        <source>Send enrollment</source>
        <translation>Send enrollment</translation>
    </message>
    <message>
        <source>Please remove unusual characters from what you typed.</source>
        <translation>Please remove unusual characters from what you typed.</translation>
    </message>
    <message>
        <source>Add a name or a way to reach you.</source>
        <translation>Add a name or a way to reach you.</translation>
    </message>
</context>
<context>
    <name>EnrollmentsPage</name>
    <message>
        <source>Enrollments in the organisation&apos;s offers</source>
        <translation>Enrollments in the organisation&apos;s offers</translation>
    </message>
    <message>
        <source>Who enrolled in each offer, with only what they chose to share. Places go in the order enrollments arrive; counselors&apos; apps see the seats left and whether they have a place.</source>
        <translation>Who enrolled in each offer, with only what they chose to share. Places go in the order enrollments arrive; counselors&apos; apps see the seats left and whether they have a place.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Check the enrollments again</source>
        <translation>Check the enrollments again</translation>
    </message>
    <message>
        <source>Reading the offers folder…</source>
        <translation>Reading the offers folder…</translation>
    </message>
    <message>
        <source>Set up the EAP inbox first; enrollments arrive through it.</source>
        <translation>Set up the EAP inbox first; enrollments arrive through it.</translation>
    </message>
    <message>
        <source>The offers folder cannot be read right now, so offers are shown by their id only.</source>
        <translation>The offers folder cannot be read right now, so offers are shown by their id only.</translation>
    </message>
    <message>
        <source>No offers are published and nobody has enrolled yet.</source>
        <translation>No offers are published and nobody has enrolled yet.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Why it helps</source>
        <translation>Why it helps</translation>
    </message>
    <message>
        <source>References</source>
        <translation>References</translation>
    </message>
</context>
<context>
    <name>EvidenceReport</name>
    <message>
        <source>Hard-call evidence report</source>
        <translation>Hard-call evidence report</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>How it affected the counselor</source>
        <translation>How it affected the counselor</translation>
    </message>
    <message>
        <source>Call reference</source>
        <translation>Call reference</translation>
    </message>
    <message>
        <source>Recovery break started</source>
        <translation>Recovery break started</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note last edited</source>
        <translation>Note last edited</translation>
    </message>
    <message>
        <source>Produced on %s at the counselor&apos;s request. It contains only the incidents they chose: %d, from %s to %s.</source>
        <translation>Produced on %s at the counselor&apos;s request. It contains only the incidents they chose: %d, from %s to %s.</translation>
    </message>
    <message>
        <source>Incident %d of %d</source>
        <translation>Incident %d of %d</translation>
    </message>
    <message>
        <source>Each incident was recorded by the counselor in WellCare on their own computer, at the time shown (local time, with its offset from UTC). Notes are in the counselor&apos;s own words.</source>
        <translation>Each incident was recorded by the counselor in WellCare on their own computer, at the time shown (local time, with its offset from UTC). Notes are in the counselor&apos;s own words.</translation>
    </message>
    <message>
        <source>Name and department (optional)</source>
        <translation>Name and department (optional)</translation>
    </message>
    <message>
        <source>Measures requested (optional: e.g. a break, a change of duties, legal support, reporting to the police)</source>
        <translation>Measures requested (optional: e.g. a break, a change of duties, legal support, reporting to the police)</translation>
    </message>
</context>
<context>
    <name>ExerciseCard</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start %s</source>
        <translation>Start %s</translation>
    </message>
    <message>
        <source>Why it helps</source>
        <translation>Why it helps</translation>
    </message>
    <message>
        <source>Why it helps: %s</source>
        <translation>Why it helps: %s</translation>
    </message>
</context>
<context>
    <name>ExercisePlayer</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>Sound cue</source>
        <translation>Sound cue</translation>
    </message>
    <message>
        <source>A soft sound when the next step begins</source>
        <translation>A soft sound when the next step begins</translation>
    </message>
    <message>
        <source>Space: pause or resume · Esc: stop</source>
        <translation>Space: pause or resume · Esc: stop</translation>
    </message>
    <message>
        <source>Good thing %d</source>
        <translation>Good thing %d</translation>
    </message>
    <message>
        <source>Why it went well (optional)</source>
        <translation>Why it went well (optional)</translation>
    </message>
    <message>
        <source>Why good thing %d went well</source>
        <translation>Why good thing %d went well</translation>
    </message>
    <message>
        <source>Kept only in your encrypted vault on this computer.</source>
        <translation>Kept only in your encrypted vault on this computer.</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Well done. Take a moment before you go back.</source>
        <translation>Well done. Take a moment before you go back.</translation>
    </message>
    <message>
        <source>%s practised</source>
        <translation>%s practised</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>You can start again whenever you like.</source>
        <translation>You can start again whenever you like.</translation>
    </message>
    <message>
        <source>Step %d of %d</source>
        <translation>Step %d of %d</translation>
    </message>
    <message>
        <source>Round %d of %d</source>
        <translation>Round %d of %d</translation>
    </message>
    <message>
        <source>Take your time</source>
        <translation>Take your time</translation>
    </message>
    <message>
        <source>Paused · %s left</source>
        <translation>Paused · %s left</translation>
    </message>
    <message>
        <source>%s left</source>
        <translation>%s left</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
</context>
<context>
    <name>HardCallDialog</name>
    <message>
        <source>I just had a hard call</source>
        <translation>I just had a hard call</translation>
    </message>
    <message>
        <source>That sounded hard.</source>
        <translation>That sounded hard.</translation>
    </message>
    <message numerus="yes">
        <source>Note it in two clicks, then take a protected %n-minute break. Only you can see this record.</source>
        <translation>
            <numerusform>Note it in two clicks, then take a protected %n-minute break. Only you can see this record.</numerusform>
            <numerusform>Note it in two clicks, then take a protected %n-minute break. Only you can see this record.</numerusform>
        </translation>
    </message>
    <message>
        <source>1. What happened?</source>
        <translation>1. What happened?</translation>
    </message>
    <message>
        <source>e.g. the call ID in your phone system</source>
        <translation>e.g. the call ID in your phone system</translation>
    </message>
    <message>
        <source>Call reference (optional)</source>
        <translation>Call reference (optional)</translation>
    </message>
    <message>
        <source>What was said, in your own words, if you want</source>
        <translation>What was said, in your own words, if you want</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>2. How did it affect you?</source>
        <translation>2. How did it affect you?</translation>
    </message>
    <message>
        <source>Choose what happened first.</source>
        <translation>Choose what happened first.</translation>
    </message>
    <message>
        <source>Choosing one saves it and starts your break.</source>
        <translation>Choosing one saves it and starts your break.</translation>
    </message>
    <message>
        <source>Saved. Now look after yourself.</source>
        <translation>Saved. Now look after yourself.</translation>
    </message>
    <message>
        <source>Take your break now.</source>
        <translation>Take your break now.</translation>
    </message>
    <message>
        <source>This call could not be saved: %s Your break starts anyway.</source>
        <translation>This call could not be saved: %s Your break starts anyway.</translation>
    </message>
    <message numerus="yes">
        <source>Your protected %n-minute break has started, with a decompression exercise.</source>
        <translation>
            <numerusform>Your protected %n-minute break has started, with a decompression exercise.</numerusform>
            <numerusform>Your protected %n-minute break has started, with a decompression exercise.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open my journal</source>
        <translation>Open my journal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>A caller in crisis can stay with you after the call ends. Consider a short debrief: talk it through with your team leader or the EAP office today.</source>
        <translation>A caller in crisis can stay with you after the call ends. Consider a short debrief: talk it through with your team leader or the EAP office today.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>My trends</source>
        <translation>My trends</translation>
    </message>
    <message>
        <source>How your self-checks and daily mood move over time. The shaded bands are the result ranges.</source>
        <translation>How your self-checks and daily mood move over time. The shaded bands are the result ranges.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Nothing here yet. Take a self-check or a quick check-in, and your results will appear here.</source>
        <translation>Nothing here yet. Take a self-check or a quick check-in, and your results will appear here.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Double-click a result (or press Enter) to read it again.</source>
        <translation>Double-click a result (or press Enter) to read it again.</translation>
    </message>
    <message>
        <source>Daily mood (check-ins)</source>
        <translation>Daily mood (check-ins)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Daily mood</source>
        <translation>Daily mood</translation>
    </message>
    <message>
        <source>Mood (1–5)</source>
        <translation>Mood (1–5)</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Mood</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Questionnaire version</source>
        <translation>Questionnaire version</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV spreadsheet (*.csv)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Export my history</source>
        <translation>Export my history</translation>
    </message>
    <message>
        <source>The file could not be written: %s</source>
        <translation>The file could not be written: %s</translation>
    </message>
    <message>
        <source>Saved your history to %s.</source>
        <translation>Saved your history to %s.</translation>
    </message>
    <message>
        <source>Exported on %s.</source>
        <translation>Exported on %s.</translation>
    </message>
    <message>
        <source>My WellCare self-check history</source>
        <translation>My WellCare self-check history</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
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
    <message>
        <source>Welcome to WellCare</source>
        <translation>Welcome to WellCare</translation>
    </message>
    <message>
        <source>Good to see you again</source>
        <translation>Good to see you again</translation>
    </message>
    <message>
        <source>Next break</source>
        <translation>Next break</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>My day</translation>
    </message>
    <message>
        <source>Done at %s. Thank you for taking a moment.</source>
        <translation>Done at %s. Thank you for taking a moment.</translation>
    </message>
    <message>
        <source>Today&apos;s check-in</source>
        <translation>Today&apos;s check-in</translation>
    </message>
    <message>
        <source>Check in again</source>
        <translation>Check in again</translation>
    </message>
    <message>
        <source>Not done yet. It takes a few seconds.</source>
        <translation>Not done yet. It takes a few seconds.</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Check in now</translation>
    </message>
    <message>
        <source>Self-checks</source>
        <translation>Self-checks</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>Nothing is due today.</translation>
    </message>
    <message>
        <source>Due now: %s</source>
        <translation>Due now: %s</translation>
    </message>
    <message>
        <source>Start %s</source>
        <translation>Start %s</translation>
    </message>
    <message>
        <source>New offers</source>
        <translation>New offers</translation>
    </message>
    <message>
        <source>Nothing new from the EAP office.</source>
        <translation>Nothing new from the EAP office.</translation>
    </message>
    <message>
        <source>See the offers</source>
        <translation>See the offers</translation>
    </message>
    <message>
        <source>The inbox has not been read yet.</source>
        <translation>The inbox has not been read yet.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s) taken in.</source>
        <translation>
            <numerusform>%1: %n file taken in.</numerusform>
            <numerusform>%1: %n files taken in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Last import</translation>
    </message>
    <message>
        <source>EAP replies</source>
        <translation>EAP replies</translation>
    </message>
    <message>
        <source>No new replies.</source>
        <translation>No new replies.</translation>
    </message>
    <message>
        <source>Your request was received</source>
        <translation>Your request was received</translation>
    </message>
    <message>
        <source>Your request was marked done</source>
        <translation>Your request was marked done</translation>
    </message>
    <message>
        <source>Your request was closed; open it to read why</source>
        <translation>Your request was closed; open it to read why</translation>
    </message>
    <message>
        <source>Your appointment: %s</source>
        <translation>Your appointment: %s</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Open EAP support</source>
        <translation>Open EAP support</translation>
    </message>
    <message>
        <source>New requests</source>
        <translation>New requests</translation>
    </message>
    <message>
        <source>No new requests.</source>
        <translation>No new requests.</translation>
    </message>
    <message>
        <source>Open the EAP inbox</source>
        <translation>Open the EAP inbox</translation>
    </message>
    <message numerus="yes">
        <source>%n new request(s)</source>
        <translation>
            <numerusform>%n new request</numerusform>
            <numerusform>%n new requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n urgent</source>
        <translation>
            <numerusform>%n urgent</numerusform>
            <numerusform>%n urgent</numerusform>
        </translation>
    </message>
    <message>
        <source>Urgent · %1 · %2 · request %3</source>
        <translation>Urgent · %1 · %2 · request %3</translation>
    </message>
    <message>
        <source>%1 · %2 · request %3</source>
        <translation>%1 · %2 · request %3</translation>
    </message>
    <message>
        <source>The offers folder has not been read yet.</source>
        <translation>The offers folder has not been read yet.</translation>
    </message>
    <message>
        <source>No offers are published.</source>
        <translation>No offers are published.</translation>
    </message>
    <message numerus="yes">
        <source>%n taken, no seat limit</source>
        <translation>
            <numerusform>%n taken, no seat limit</numerusform>
            <numerusform>%n taken, no seat limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n taken</source>
        <translation>
            <numerusform>%n taken</numerusform>
            <numerusform>%n taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Enrollments</translation>
    </message>
    <message>
        <source>Open enrollments</source>
        <translation>Open enrollments</translation>
    </message>
    <message>
        <source>You are on a break.</source>
        <translation>You are on a break.</translation>
    </message>
    <message>
        <source>A break is waiting for your call to end.</source>
        <translation>A break is waiting for your call to end.</translation>
    </message>
    <message>
        <source>No breaks planned.</source>
        <translation>No breaks planned.</translation>
    </message>
    <message>
        <source>Due now.</source>
        <translation>Due now.</translation>
    </message>
    <message>
        <source>In %s</source>
        <translation>In %s</translation>
    </message>
    <message>
        <source>At %s</source>
        <translation>At %s</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>EAP inbox</source>
        <translation>EAP inbox</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Check now</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Request details</translation>
    </message>
    <message>
        <source>No requests yet. New ones appear here as soon as they arrive.</source>
        <translation>No requests yet. New ones appear here as soon as they arrive.</translation>
    </message>
    <message>
        <source>Keys: %s</source>
        <translation>Keys: %s</translation>
    </message>
    <message>
        <source>last checked %s</source>
        <translation>last checked %s</translation>
    </message>
    <message>
        <source>%d open, %d new, %d urgent</source>
        <translation>%d open, %d new, %d urgent</translation>
    </message>
    <message>
        <source>the exchange folder cannot be read right now</source>
        <translation>the exchange folder cannot be read right now</translation>
    </message>
    <message numerus="yes">
        <source>%n reply/replies waiting to be written</source>
        <translation>
            <numerusform>%n reply waiting to be written</numerusform>
            <numerusform>%n replies waiting to be written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the inbox were refused and moved to quarantine (%1).</source>
        <translation>
            <numerusform>%n file in the inbox was refused and moved to quarantine (%1).</numerusform>
            <numerusform>%n files in the inbox were refused and moved to quarantine (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Policy file for IT: %s</source>
        <translation>Policy file for IT: %s</translation>
    </message>
    <message>
        <source>Coordinator mode is not set up yet.</source>
        <translation>Coordinator mode is not set up yet.</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>How it affected me</source>
        <translation>How it affected me</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Call reference</source>
        <translation>Call reference</translation>
    </message>
</context>
<context>
    <name>IncidentTexts</name>
    <message>
        <source>Verbal abuse</source>
        <translation>Verbal abuse</translation>
    </message>
    <message>
        <source>Sexual harassment</source>
        <translation>Sexual harassment</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Threat</translation>
    </message>
    <message>
        <source>Repeated unreasonable demands</source>
        <translation>Repeated unreasonable demands</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
    <message>
        <source>Shaken</source>
        <translation>Shaken</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>Angry</translation>
    </message>
    <message>
        <source>Afraid</source>
        <translation>Afraid</translation>
    </message>
    <message>
        <source>Drained</source>
        <translation>Drained</translation>
    </message>
    <message>
        <source>Okay for now</source>
        <translation>Okay for now</translation>
    </message>
    <message>
        <source>I&apos;d rather not say</source>
        <translation>I&apos;d rather not say</translation>
    </message>
    <message>
        <source>Caller in crisis (suicidal or isolated)</source>
        <translation>Caller in crisis (suicidal or isolated)</translation>
    </message>
    <message>
        <source>Chat or message</source>
        <translation>Chat or message</translation>
    </message>
</context>
<context>
    <name>IncidentsFeature</name>
    <message>
        <source>Hard calls</source>
        <translation>Hard calls</translation>
    </message>
    <message>
        <source>I just had a hard call…</source>
        <translation>I just had a hard call…</translation>
    </message>
    <message>
        <source>hard-call-report</source>
        <translation>hard-call-report</translation>
    </message>
    <message>
        <source>Save the evidence report</source>
        <translation>Save the evidence report</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Evidence report</source>
        <translation>Evidence report</translation>
    </message>
    <message>
        <source>The report could not be saved there. Please choose another place.

%s</source>
        <translation>The report could not be saved there. Please choose another place.

%s</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <source>%s already exists. Replace it?</source>
        <translation>%s already exists. Replace it?</translation>
    </message>
    <message>
        <source>the EAP office</source>
        <translation>the EAP office</translation>
    </message>
</context>
<context>
    <name>IntroScreen</name>
    <message numerus="yes">
        <source>%n question(s) · about %1 min</source>
        <translation>
            <numerusform>%n question · about %1 min</numerusform>
            <numerusform>%n questions · about %1 min</numerusform>
        </translation>
    </message>
    <message>
        <source>Time frame: %s</source>
        <translation>Time frame: %s</translation>
    </message>
    <message>
        <source>Keyboard: the number shown next to each answer is its score; number keys %1–%2 choose it, Enter goes on, Backspace goes back, Esc pauses.</source>
        <translation>Keyboard: the number shown next to each answer is its score; number keys %1–%2 choose it, Enter goes on, Backspace goes back, Esc pauses.</translation>
    </message>
    <message>
        <source>This questionnaire&apos;s ranges differ for women and men. You are:</source>
        <translation>This questionnaire&apos;s ranges differ for women and men. You are:</translation>
    </message>
    <message>
        <source>A woman</source>
        <translation>A woman</translation>
    </message>
    <message>
        <source>A man</source>
        <translation>A man</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
    <message>
        <source>Back to self-checks</source>
        <translation>Back to self-checks</translation>
    </message>
    <message numerus="yes">
        <source>You started this on %1 and answered %2 of %n question(s). Your answers so far are saved.</source>
        <translation>
            <numerusform>You started this on %1 and answered %2 of %n question. Your answers so far are saved.</numerusform>
            <numerusform>You started this on %1 and answered %2 of %n questions. Your answers so far are saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemScreen</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>%1 · question %2 of %3</source>
        <translation>%1 · question %2 of %3</translation>
    </message>
    <message>
        <source>Keys %1–%2 choose · Enter: next · Backspace: back · Esc: pause</source>
        <translation>Keys %1–%2 choose · Enter: next · Backspace: back · Esc: pause</translation>
    </message>
    <message>
        <source>See my result</source>
        <translation>See my result</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <source>My good things</source>
        <translation>My good things</translation>
    </message>
    <message>
        <source>Kept only in your encrypted vault on this computer.</source>
        <translation>Kept only in your encrypted vault on this computer.</translation>
    </message>
    <message>
        <source>Nothing here yet. The &apos;Three good things&apos; exercise adds to it.</source>
        <translation>Nothing here yet. The &apos;Three good things&apos; exercise adds to it.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Hard calls</source>
        <translation>Hard calls</translation>
    </message>
    <message>
        <source>Only you can see this journal: it is kept in your encrypted vault. Nothing here is sent to your employer or the EAP office unless you choose to send it.</source>
        <translation>Only you can see this journal: it is kept in your encrypted vault. Nothing here is sent to your employer or the EAP office unless you choose to send it.</translation>
    </message>
    <message>
        <source>I just had a hard call…</source>
        <translation>I just had a hard call…</translation>
    </message>
    <message>
        <source>Shortcut: %s</source>
        <translation>Shortcut: %s</translation>
    </message>
    <message>
        <source>or press %s anywhere in WellCare, or use the tray menu.</source>
        <translation>or press %s anywhere in WellCare, or use the tray menu.</translation>
    </message>
    <message>
        <source>Nothing logged yet. When a call is hard, log it here and take your break.</source>
        <translation>Nothing logged yet. When a call is hard, log it here and take your break.</translation>
    </message>
    <message>
        <source>Logged hard calls</source>
        <translation>Logged hard calls</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Edit note…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Choose all</source>
        <translation>Choose all</translation>
    </message>
    <message>
        <source>Evidence report (PDF)…</source>
        <translation>Evidence report (PDF)…</translation>
    </message>
    <message>
        <source>A PDF of the incidents you ticked, saved where you choose.</source>
        <translation>A PDF of the incidents you ticked, saved where you choose.</translation>
    </message>
    <message>
        <source>Choose none</source>
        <translation>Choose none</translation>
    </message>
    <message>
        <source>Delete this incident?</source>
        <translation>Delete this incident?</translation>
    </message>
    <message>
        <source>Delete the hard call of %s (%s) and its note? This cannot be undone.</source>
        <translation>Delete the hard call of %s (%s) and its note? This cannot be undone.</translation>
    </message>
    <message>
        <source>Report saved: %s</source>
        <translation>Report saved: %s</translation>
    </message>
    <message>
        <source>Click a row or its box to choose it: Edit and Delete act on one, the report on all. Chosen: %d</source>
        <translation>Click a row or its box to choose it: Edit and Delete act on one, the report on all. Chosen: %d</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>LegalAttachments</name>
    <message>
        <source>What happened: %s</source>
        <translation>What happened: %s</translation>
    </message>
    <message>
        <source>How it affected me: %s</source>
        <translation>How it affected me: %s</translation>
    </message>
    <message>
        <source>Call reference: %s</source>
        <translation>Call reference: %s</translation>
    </message>
    <message>
        <source>Note: %s</source>
        <translation>Note: %s</translation>
    </message>
    <message>
        <source>Please keep the call recording. Call reference: %1. Time of the call: %2.</source>
        <translation>Please keep the call recording. Call reference: %1. Time of the call: %2.</translation>
    </message>
    <message>
        <source>Evidence report: %s</source>
        <translation>Evidence report: %s</translation>
    </message>
    <message>
        <source>Journal entry: %s</source>
        <translation>Journal entry: %s</translation>
    </message>
    <message>
        <source>Please keep the call recording: %s</source>
        <translation>Please keep the call recording: %s</translation>
    </message>
</context>
<context>
    <name>LegalSteps</name>
    <message>
        <source>Reviewed by counsel</source>
        <translation>Reviewed by counsel</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>Tell the counselor: %s</source>
        <translation>Tell the counselor: %s</translation>
    </message>
</context>
<context>
    <name>LocaleWords</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a date, then a time of day: &apos;Sat 28 Nov 2026, 14:05&apos;</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <comment>the Monday the week starts on</comment>
        <translation>Week of %1</translation>
    </message>
</context>
<context>
    <name>Locked</name>
    <message>
        <source>WellCare is locked</source>
        <translation>WellCare is locked</translation>
    </message>
    <message>
        <source>Breaks and self-checks wait until you unlock. Crisis lines and hard-call support are in the WellCare menu now.</source>
        <translation>Breaks and self-checks wait until you unlock. Crisis lines and hard-call support are in the WellCare menu now.</translation>
    </message>
</context>
<context>
    <name>LockedMode</name>
    <message>
        <source>WellCare (locked)</source>
        <translation>WellCare (locked)</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Unlock…</translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation>Crisis lines</translation>
    </message>
    <message>
        <source>I just had a hard call</source>
        <translation>I just had a hard call</translation>
    </message>
    <message>
        <source>When you are ready: note the call</source>
        <translation>When you are ready: note the call</translation>
    </message>
    <message>
        <source>Take this time for yourself. To note the call in your record, unlock WellCare afterwards.</source>
        <translation>Take this time for yourself. To note the call in your record, unlock WellCare afterwards.</translation>
    </message>
</context>
<context>
    <name>LockedWindow</name>
    <message>
        <source>WellCare (locked)</source>
        <translation>WellCare (locked)</translation>
    </message>
    <message>
        <source>WellCare is locked</source>
        <translation>WellCare is locked</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Unlock…</translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation>Crisis lines</translation>
    </message>
    <message>
        <source>I just had a hard call</source>
        <translation>I just had a hard call</translation>
    </message>
    <message>
        <source>Quit WellCare</source>
        <translation>Quit WellCare</translation>
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
        <source>Arrow keys choose a page. Enter or F6 moves into the page; F6 comes back here.</source>
        <translation>Arrow keys choose a page. Enter or F6 moves into the page; F6 comes back here.</translation>
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
    <message>
        <source>Move between the page list and the page</source>
        <translation>Move between the page list and the page</translation>
    </message>
</context>
<context>
    <name>NoticeCard</name>
    <message>
        <source>time removed (retention)</source>
        <translation>time removed (retention)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Taken over</source>
        <translation>Taken over</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Hard call at %s</source>
        <translation>Hard call at %s</translation>
    </message>
    <message>
        <source>Call reference: %s</source>
        <translation>Call reference: %s</translation>
    </message>
    <message>
        <source>No call reference given</source>
        <translation>No call reference given</translation>
    </message>
    <message>
        <source>Received %s</source>
        <translation>Received %s</translation>
    </message>
    <message>
        <source>Mark taken over</source>
        <translation>Mark taken over</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Tell the dedicated team</source>
        <translation>Tell the dedicated team</translation>
    </message>
    <message>
        <source>A sealed notice goes to %s: the kind of call and when it happened. Your note and how it affected you stay on this computer.</source>
        <translation>A sealed notice goes to %s: the kind of call and when it happened. Your note and how it affected you stay on this computer.</translation>
    </message>
    <message>
        <source>Add the call reference</source>
        <translation>Add the call reference</translation>
    </message>
    <message>
        <source>Call reference</source>
        <translation>Call reference</translation>
    </message>
    <message>
        <source>Exactly what will be sealed and sent:</source>
        <translation>Exactly what will be sealed and sent:</translation>
    </message>
    <message>
        <source>Text that would be sent</source>
        <translation>Text that would be sent</translation>
    </message>
    <message>
        <source>Send the notice</source>
        <translation>Send the notice</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The notice was not sent: %s</source>
        <translation>The notice was not sent: %s</translation>
    </message>
    <message>
        <source>there is no office to send it to.</source>
        <translation>there is no office to send it to.</translation>
    </message>
    <message>
        <source>it could not be sealed.</source>
        <translation>it could not be sealed.</translation>
    </message>
    <message>
        <source>Sent: the notice is in the office&apos;s inbox. The team reads it there.</source>
        <translation>Sent: the notice is in the office&apos;s inbox. The team reads it there.</translation>
    </message>
    <message>
        <source>Waiting to send: the shared folder cannot be reached. The sealed notice is kept here and goes when the folder is back.</source>
        <translation>Waiting to send: the shared folder cannot be reached. The sealed notice is kept here and goes when the folder is back.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <source>Hand-over notices</source>
        <translation>Hand-over notices</translation>
    </message>
    <message>
        <source>Counselors send these after an abusive call so the dedicated team can take over the caller. Each says only the kind of call, when it happened and, if the counselor added it, the call reference. It does not say who sent it.</source>
        <translation>Counselors send these after an abusive call so the dedicated team can take over the caller. Each says only the kind of call, when it happened and, if the counselor added it, the call reference. It does not say who sent it.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Check the hand-over notices again</source>
        <translation>Check the hand-over notices again</translation>
    </message>
    <message numerus="yes">
        <source>%n new notice(s).</source>
        <translation>
            <numerusform>%n new notice.</numerusform>
            <numerusform>%n new notices.</numerusform>
        </translation>
    </message>
    <message>
        <source>No hand-over notices yet.</source>
        <translation>No hand-over notices yet.</translation>
    </message>
</context>
<context>
    <name>OfferCard</name>
    <message>
        <source>Place: %s</source>
        <translation>Place: %s</translation>
    </message>
    <message>
        <source>Enroll by %s</source>
        <translation>Enroll by %s</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Open link</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>✓ Enrolled</source>
        <translation>✓ Enrolled</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>Enroll…</source>
        <translation>Enroll…</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message>
        <source>Enrollment closed</source>
        <translation>Enrollment closed</translation>
    </message>
    <message>
        <source>Outing</source>
        <translation>Outing</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
    <message>
        <source>Open to everyone</source>
        <translation>Open to everyone</translation>
    </message>
    <message>
        <source>Seats: %d</source>
        <translation>Seats: %d</translation>
    </message>
    <message>
        <source>Seats left: %d of %d</source>
        <translation>Seats left: %d of %d</translation>
    </message>
    <message>
        <source>✓ Place confirmed</source>
        <translation>✓ Place confirmed</translation>
    </message>
    <message>
        <source>Enrolled, place confirmed</source>
        <translation>Enrolled, place confirmed</translation>
    </message>
    <message>
        <source>On the waiting list</source>
        <translation>On the waiting list</translation>
    </message>
    <message>
        <source>Enrolled, on the waiting list</source>
        <translation>Enrolled, on the waiting list</translation>
    </message>
    <message>
        <source>Every seat is taken. If a place frees up, it goes to the waiting list in order.</source>
        <translation>Every seat is taken. If a place frees up, it goes to the waiting list in order.</translation>
    </message>
    <message>
        <source>Sent. The EAP office has not confirmed your place yet.</source>
        <translation>Sent. The EAP office has not confirmed your place yet.</translation>
    </message>
</context>
<context>
    <name>OfferNotices</name>
    <message numerus="yes">
        <source>%n offer(s) from the EAP office</source>
        <translation>
            <numerusform>%n offer from the EAP office</numerusform>
            <numerusform>%n offers from the EAP office</numerusform>
        </translation>
    </message>
    <message>
        <source>From your organisation</source>
        <translation>From your organisation</translation>
    </message>
    <message>
        <source>New dates from the EAP office: %1 — %2</source>
        <translation>New dates from the EAP office: %1 — %2</translation>
    </message>
    <message>
        <source>New from the EAP office: %1 — enroll by %2</source>
        <translation>New from the EAP office: %1 — enroll by %2</translation>
    </message>
    <message>
        <source>New from the EAP office: %1 — %2</source>
        <translation>New from the EAP office: %1 — %2</translation>
    </message>
    <message>
        <source>New offer: %s</source>
        <translation>New offer: %s</translation>
    </message>
</context>
<context>
    <name>OfferSeatsCard</name>
    <message>
        <source>Offer %s</source>
        <translation>Offer %s</translation>
    </message>
    <message>
        <source>Not in the offers folder (withdrawn and removed, or not readable).</source>
        <translation>Not in the offers folder (withdrawn and removed, or not readable).</translation>
    </message>
    <message>
        <source>Withdrawn: counselors no longer see this offer.</source>
        <translation>Withdrawn: counselors no longer see this offer.</translation>
    </message>
    <message>
        <source>Nobody has enrolled yet.</source>
        <translation>Nobody has enrolled yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled (no seat limit)</source>
        <translation>
            <numerusform>%n enrolled (no seat limit)</numerusform>
            <numerusform>%n enrolled (no seat limit)</numerusform>
        </translation>
    </message>
    <message>
        <source>Seats taken: %1 of %2, %3 left</source>
        <translation>Seats taken: %1 of %2, %3 left</translation>
    </message>
    <message numerus="yes">
        <source>%n on the waiting list</source>
        <translation>
            <numerusform>%n on the waiting list</numerusform>
            <numerusform>%n on the waiting list</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>(no name or contact shared)</source>
        <translation>(no name or contact shared)</translation>
    </message>
    <message>
        <source>enrolled %s</source>
        <translation>enrolled %s</translation>
    </message>
    <message>
        <source>withdrawn %s</source>
        <translation>withdrawn %s</translation>
    </message>
    <message>
        <source>Note: %s</source>
        <translation>Note: %s</translation>
    </message>
</context>
<context>
    <name>OffersController</name>
    <message>
        <source>This enrollment cannot be withdrawn from here. Please contact the EAP office.</source>
        <translation>This enrollment cannot be withdrawn from here. Please contact the EAP office.</translation>
    </message>
    <message>
        <source>The EAP office&apos;s key cannot be confirmed right now, so nothing was sent.</source>
        <translation>The EAP office&apos;s key cannot be confirmed right now, so nothing was sent.</translation>
    </message>
    <message>
        <source>The shared folder cannot be reached, so nothing was sent. Please try again later.</source>
        <translation>The shared folder cannot be reached, so nothing was sent. Please try again later.</translation>
    </message>
</context>
<context>
    <name>OfficePlurals</name>
    <message numerus="yes">
        <source>The EAP office calls back urgent requests within %n hour(s), in its office hours.</source>
        <translation>
            <numerusform>The EAP office calls back urgent requests within %n hour, in its office hours.</numerusform>
            <numerusform>The EAP office calls back urgent requests within %n hours, in its office hours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMeasures</name>
    <message>
        <source>The phone system was told about your protected break.</source>
        <translation>The phone system was told about your protected break.</translation>
    </message>
    <message>
        <source>The phone system was told that your break is over.</source>
        <translation>The phone system was told that your break is over.</translation>
    </message>
    <message>
        <source>The phone system was told about the hand-over.</source>
        <translation>The phone system was told about the hand-over.</translation>
    </message>
    <message>
        <source>it reported an error</source>
        <translation>it reported an error</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>it did not answer in time</translation>
    </message>
    <message>
        <source>the program could not be started</source>
        <translation>the program could not be started</translation>
    </message>
    <message>
        <source>The phone system could not be told (%s). Your break is not affected; set your phone to away yourself if you need to.</source>
        <translation>The phone system could not be told (%s). Your break is not affected; set your phone to away yourself if you need to.</translation>
    </message>
</context>
<context>
    <name>OrgMeasuresPanel</name>
    <message>
        <source>Your organisation&apos;s response</source>
        <translation>Your organisation&apos;s response</translation>
    </message>
    <message>
        <source>Open the response manual</source>
        <translation>Open the response manual</translation>
    </message>
    <message>
        <source>To end an abusive call, you may say:</source>
        <translation>To end an abusive call, you may say:</translation>
    </message>
    <message>
        <source>Whom to tell:</source>
        <translation>Whom to tell:</translation>
    </message>
    <message>
        <source>Tell the dedicated team…</source>
        <translation>Tell the dedicated team…</translation>
    </message>
    <message>
        <source>Tell the dedicated team</source>
        <translation>Tell the dedicated team</translation>
    </message>
</context>
<context>
    <name>OutsideHelp</name>
    <message>
        <source>If your organisation does not act</source>
        <translation>If your organisation does not act</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n character(s). A short sentence is easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Use at least %n character. A short sentence is easy to remember and hard to guess.</numerusform>
            <numerusform>Use at least %n characters. A short sentence is easy to remember and hard to guess.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>The passphrase needs at least %n character.</numerusform>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
</context>
<context>
    <name>PrivacyFeature</name>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Privacy and anonymous weekly summaries</source>
        <translation>Privacy and anonymous weekly summaries</translation>
    </message>
    <message>
        <source>You can help the EAP office see how the whole floor is doing, week by week, so it can argue for staffing, breaks and protection from abusive callers. It never sees you: only estimates for groups of people. Sharing is off unless you turn it on, and you can stop at any time.</source>
        <translation>You can help the EAP office see how the whole floor is doing, week by week, so it can argue for staffing, breaks and protection from abusive callers. It never sees you: only estimates for groups of people. Sharing is off unless you turn it on, and you can stop at any time.</translation>
    </message>
    <message>
        <source>Share my anonymous weekly summary</source>
        <translation>Share my anonymous weekly summary</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>My team</translation>
    </message>
    <message>
        <source>Don&apos;t say</source>
        <translation>Don&apos;t say</translation>
    </message>
    <message>
        <source>My team (optional):</source>
        <translation>My team (optional):</translation>
    </message>
    <message>
        <source>Withdrawing stops every future summary at once. Summaries already sent stay in the EAP office&apos;s totals: nothing in them says they are yours, so they cannot be picked out to be removed.</source>
        <translation>Withdrawing stops every future summary at once. Summaries already sent stay in the EAP office&apos;s totals: nothing in them says they are yours, so they cannot be picked out to be removed.</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Your choice</translation>
    </message>
    <message>
        <source>The next summary, exactly as it will be sent</source>
        <translation>The next summary, exactly as it will be sent</translation>
    </message>
    <message>
        <source>Your answers and scores, notes, incident details and call references, PHQ-9, GAD-7 and K6 results, your name and your computer&apos;s name. Nothing links one week&apos;s summary to another&apos;s.</source>
        <translation>Your answers and scores, notes, incident details and call references, PHQ-9, GAD-7 and K6 results, your name and your computer&apos;s name. Nothing links one week&apos;s summary to another&apos;s.</translation>
    </message>
    <message numerus="yes">
        <source>Before anything leaves this computer, your value may be swapped for a random one, by chance, so no single summary says for certain how you are. Each week only one of your results is sent. Sending the same value again reveals nothing new, and there is a yearly limit: when it is reached, nothing more is sent until next year, and this page says so. It is locked so that only the EAP office can open it, and the EAP office sees only estimates for groups of at least %n people.</source>
        <translation>
            <numerusform>Before anything leaves this computer, your value may be swapped for a random one, by chance, so no single summary says for certain how you are. Each week only one of your results is sent. Sending the same value again reveals nothing new, and there is a yearly limit: when it is reached, nothing more is sent until next year, and this page says so. It is locked so that only the EAP office can open it, and the EAP office sees only estimates for groups of at least %n person.</numerusform>
            <numerusform>Before anything leaves this computer, your value may be swapped for a random one, by chance, so no single summary says for certain how you are. Each week only one of your results is sent. Sending the same value again reveals nothing new, and there is a yearly limit: when it is reached, nothing more is sent until next year, and this page says so. It is locked so that only the EAP office can open it, and the EAP office sees only estimates for groups of at least %n people.</numerusform>
        </translation>
    </message>
    <message>
        <source>Randomized response, within three limits. One week: ε = %1, so your real value is sent only about %2 times as often as any other single value. One value: its randomization is kept for the year, so sending the same value week after week reveals no more than ε = %3 in all. One year: everything you send is capped at ε = %4. A smaller ε means more randomizing. Summaries are sealed to the EAP office&apos;s public key and go out at a random moment of the week.</source>
        <translation>Randomized response, within three limits. One week: ε = %1, so your real value is sent only about %2 times as often as any other single value. One value: its randomization is kept for the year, so sending the same value week after week reveals no more than ε = %3 in all. One year: everything you send is capped at ε = %4. A smaller ε means more randomizing. Summaries are sealed to the EAP office&apos;s public key and go out at a random moment of the week.</translation>
    </message>
    <message>
        <source>What is shared, once a week</source>
        <translation>What is shared, once a week</translation>
    </message>
    <message>
        <source>What is never shared</source>
        <translation>What is never shared</translation>
    </message>
    <message>
        <source>How you are protected</source>
        <translation>How you are protected</translation>
    </message>
    <message>
        <source>What was sent and when</source>
        <translation>What was sent and when</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>What was sent</source>
        <translation>What was sent</translation>
    </message>
    <message>
        <source>Choose a sent summary above to see its bytes.</source>
        <translation>Choose a sent summary above to see its bytes.</translation>
    </message>
    <message>
        <source>WellCare runs without an organisation policy here, so there is no one to share with. Nothing is sent.</source>
        <translation>WellCare runs without an organisation policy here, so there is no one to share with. Nothing is sent.</translation>
    </message>
    <message>
        <source>Your organisation has turned anonymous summaries off. Nothing is sent.</source>
        <translation>Your organisation has turned anonymous summaries off. Nothing is sent.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s privacy settings cannot be used, so nothing is sent. Please tell your IT team.</source>
        <translation>Your organisation&apos;s privacy settings cannot be used, so nothing is sent. Please tell your IT team.</translation>
    </message>
    <message>
        <source>Your organisation has not set up an EAP office to receive summaries. Nothing is sent.</source>
        <translation>Your organisation has not set up an EAP office to receive summaries. Nothing is sent.</translation>
    </message>
    <message>
        <source>The EAP office&apos;s key has changed or cannot be checked, so nothing is sent. Check the new key on the EAP page first.</source>
        <translation>The EAP office&apos;s key has changed or cannot be checked, so nothing is sent. Check the new key on the EAP page first.</translation>
    </message>
    <message>
        <source>Sharing is off. Nothing is sent unless you turn it on.</source>
        <translation>Sharing is off. Nothing is sent unless you turn it on.</translation>
    </message>
    <message>
        <source>if sharing is on, sent at a random moment of this week</source>
        <translation>if sharing is on, sent at a random moment of this week</translation>
    </message>
    <message>
        <source>sent as soon as sharing is on</source>
        <translation>sent as soon as sharing is on</translation>
    </message>
    <message>
        <source>waiting for the shared folder; tried again every 15 minutes</source>
        <translation>waiting for the shared folder; tried again every 15 minutes</translation>
    </message>
    <message>
        <source>being sent now</source>
        <translation>being sent now</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>%1 so far: sent after the week ends, and it may still change until then.</source>
        <translation>%1 so far: sent after the week ends, and it may still change until then.</translation>
    </message>
    <message>
        <source>%1 bytes (every summary is padded to this size), after randomizing: the value may differ from your real result on purpose. They travel locked so that only the EAP office can open them, in an envelope whose outside shows only a random id and the week.</source>
        <translation>%1 bytes (every summary is padded to this size), after randomizing: the value may differ from your real result on purpose. They travel locked so that only the EAP office can open them, in an envelope whose outside shows only a random id and the week.</translation>
    </message>
    <message>
        <source>Summary sent</source>
        <translation>Summary sent</translation>
    </message>
    <message>
        <source>Sharing turned on</source>
        <translation>Sharing turned on</translation>
    </message>
    <message>
        <source>Sharing withdrawn</source>
        <translation>Sharing withdrawn</translation>
    </message>
    <message>
        <source>Team set to: %s</source>
        <translation>Team set to: %s</translation>
    </message>
    <message>
        <source>&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;Each week only one of these, picked at random: the band of your latest WHO-5, PSS-10 or CBI (client-related burnout) result in that week, if you took one (a word such as “moderate”, never your answers or scores); how many breaks you took, as a range (0, 1–9, 10–24, 25 or more); or how many hard calls you logged (0, 1, 2–4, 5 or more). The other four are not sent that week.&lt;/li&gt;&lt;li&gt;Your team, only if you choose one.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;Each week only one of these, picked at random: the band of your latest WHO-5, PSS-10 or CBI (client-related burnout) result in that week, if you took one (a word such as “moderate”, never your answers or scores); how many breaks you took, as a range (0, 1–9, 10–24, 25 or more); or how many hard calls you logged (0, 1, 2–4, 5 or more). The other four are not sent that week.&lt;/li&gt;&lt;li&gt;Your team, only if you choose one.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>This year so far: ε %1 of %2 used.</source>
        <translation>This year so far: ε %1 of %2 used.</translation>
    </message>
    <message>
        <source>Your privacy budget for this year is used up, so nothing more is sent until the new year begins. What was sent before stays as it was.</source>
        <translation>Your privacy budget for this year is used up, so nothing more is sent until the new year begins. What was sent before stays as it was.</translation>
    </message>
    <message>
        <source>Sharing is on. One summary goes out at a random moment of the week after each week ends; withdraw at any time.</source>
        <translation>Sharing is on. One summary goes out at a random moment of the week after each week ends; withdraw at any time.</translation>
    </message>
    <message>
        <source>waiting to send, at a random moment of this week so that the time says nothing about you</source>
        <translation>waiting to send, at a random moment of this week so that the time says nothing about you</translation>
    </message>
    <message>
        <source>On purpose, what is sent is not always your real result: before it leaves this computer each value is randomized, so a week of 25 breaks may be sent as 0. Across many people the EAP office can still estimate the whole floor, but no single summary says for certain how you are.</source>
        <translation>On purpose, what is sent is not always your real result: before it leaves this computer each value is randomized, so a week of 25 breaks may be sent as 0. Across many people the EAP office can still estimate the whole floor, but no single summary says for certain how you are.</translation>
    </message>
    <message>
        <source>More: the exact bytes that go out</source>
        <translation>More: the exact bytes that go out</translation>
    </message>
    <message>
        <source>The next summary</source>
        <translation>The next summary</translation>
    </message>
    <message>
        <source>More: how the randomizing works</source>
        <translation>More: how the randomizing works</translation>
    </message>
    <message>
        <source>Your real result</source>
        <translation>Your real result</translation>
    </message>
    <message>
        <source>What is sent</source>
        <translation>What is sent</translation>
    </message>
</context>
<context>
    <name>ProgramCard</name>
    <message numerus="yes">
        <source>%1–%n min</source>
        <translation>
            <numerusform>%1–%n min</numerusform>
            <numerusform>%1–%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) · %1 each</source>
        <translation>
            <numerusform>%n session · %1</numerusform>
            <numerusform>%n sessions · %1 each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>Start this program…</source>
        <translation>Start this program…</translation>
    </message>
    <message>
        <source>You are following a program. Leave it first to start another.</source>
        <translation>You are following a program. Leave it first to start another.</translation>
    </message>
    <message>
        <source>Why it helps</source>
        <translation>Why it helps</translation>
    </message>
    <message>
        <source>Why it helps: %s</source>
        <translation>Why it helps: %s</translation>
    </message>
</context>
<context>
    <name>ProgramTexts</name>
    <message>
        <source>Breathing</source>
        <translation>Breathing</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Eyes</source>
        <translation>Eyes</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voice</translation>
    </message>
    <message>
        <source>Grounding</source>
        <translation>Grounding</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recovery</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflection</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Breathe in</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Breathe out</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
</context>
<context>
    <name>ProgramsFeature</name>
    <message>
        <source>Healing programs</source>
        <translation>Healing programs</translation>
    </message>
    <message>
        <source>Today&apos;s program session: %s</source>
        <translation>Today&apos;s program session: %s</translation>
    </message>
    <message>
        <source>Guided exercises…</source>
        <translation>Guided exercises…</translation>
    </message>
    <message numerus="yes">
        <source>Time for today&apos;s session: %1 (%n min). Open WellCare when you are ready.</source>
        <translation>
            <numerusform>Time for today&apos;s session: %1 (%n min). Open WellCare when you are ready.</numerusform>
            <numerusform>Time for today&apos;s session: %1 (%n min). Open WellCare when you are ready.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramsPage</name>
    <message>
        <source>Healing programs</source>
        <translation>Healing programs</translation>
    </message>
    <message>
        <source>My good things</source>
        <translation>My good things</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercises</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programs</translation>
    </message>
    <message>
        <source>From your organisation</source>
        <translation>From your organisation</translation>
    </message>
    <message>
        <source>← Back to programs</source>
        <translation>← Back to programs</translation>
    </message>
    <message>
        <source>Short exercises for a break, programs that build a habit, and what your organisation offers.</source>
        <translation>Short exercises for a break, programs that build a habit, and what your organisation offers.</translation>
    </message>
    <message>
        <source>Suggested for now</source>
        <translation>Suggested for now</translation>
    </message>
    <message>
        <source>Last 7 days: exercises done %d · minutes of practice %d</source>
        <translation>Last 7 days: exercises done %d · minutes of practice %d</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>More exercises</source>
        <translation>More exercises</translation>
    </message>
    <message>
        <source>Other programs</source>
        <translation>Other programs</translation>
    </message>
    <message>
        <source>A program is a short session on the days you choose, with a reminder at the time you pick. Missed days are fine: the program waits for you.</source>
        <translation>A program is a short session on the days you choose, with a reminder at the time you pick. Missed days are fine: the program waits for you.</translation>
    </message>
    <message>
        <source>Offers have not been checked yet.</source>
        <translation>Offers have not been checked yet.</translation>
    </message>
    <message>
        <source>Checking the shared folder for offers…</source>
        <translation>Checking the shared folder for offers…</translation>
    </message>
    <message>
        <source>Programs and outings offered by your organisation. Each offer is checked against the EAP office&apos;s key; anything that fails the check is never shown.</source>
        <translation>Programs and outings offered by your organisation. Each offer is checked against the EAP office&apos;s key; anything that fails the check is never shown.</translation>
    </message>
    <message>
        <source>No organisation policy is installed, so there are no organisation offers.</source>
        <translation>No organisation policy is installed, so there are no organisation offers.</translation>
    </message>
    <message>
        <source>The EAP office&apos;s key could not be confirmed, so offers are not shown. Please check the EAP page or ask your IT team.</source>
        <translation>The EAP office&apos;s key could not be confirmed, so offers are not shown. Please check the EAP page or ask your IT team.</translation>
    </message>
    <message>
        <source>The shared folder cannot be reached right now. Try again later.</source>
        <translation>The shared folder cannot be reached right now. Try again later.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>No offers right now. When the EAP office publishes one, it appears here.</source>
        <translation>No offers right now. When the EAP office publishes one, it appears here.</translation>
    </message>
    <message>
        <source>%s · session %d of %d</source>
        <translation>%s · session %d of %d</translation>
    </message>
    <message>
        <source>Leave program</source>
        <translation>Leave program</translation>
    </message>
    <message>
        <source>Leave %s? Your practice so far stays in your record; you can start again any time.</source>
        <translation>Leave %s? Your practice so far stays in your record; you can start again any time.</translation>
    </message>
    <message>
        <source>Withdraw enrollment</source>
        <translation>Withdraw enrollment</translation>
    </message>
    <message>
        <source>Withdraw your enrollment in %s? The EAP office will be told, sealed as before.</source>
        <translation>Withdraw your enrollment in %s? The EAP office will be told, sealed as before.</translation>
    </message>
    <message>
        <source>Organisation offers</source>
        <translation>Organisation offers</translation>
    </message>
    <message>
        <source>Leave the program</source>
        <translation>Leave the program</translation>
    </message>
    <message>
        <source>Stay in it</source>
        <translation>Stay in it</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Keep my place</source>
        <translation>Keep my place</translation>
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
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>The passphrase needs at least %n character.</numerusform>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s). A short sentence you can remember works well.</source>
        <translation>
            <numerusform>At least %n character. A short sentence you can remember works well.</numerusform>
            <numerusform>At least %n characters. A short sentence you can remember works well.</numerusform>
        </translation>
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
    <message>
        <source>Save to a file…</source>
        <translation>Save to a file…</translation>
    </message>
    <message>
        <source>Save the recovery code to a file</source>
        <translation>Save the recovery code to a file</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere private, such as a password manager.</source>
        <translation>Copied. Paste it somewhere private, such as a password manager.</translation>
    </message>
    <message>
        <source>WellCare recovery code</source>
        <translation>WellCare recovery code</translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation>Save the recovery code</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <source>The file could not be saved (%s). Try another folder, or write the code down.</source>
        <translation>The file could not be saved (%s). Try another folder, or write the code down.</translation>
    </message>
    <message>
        <source>Saved to %s. Keep that file somewhere private.</source>
        <translation>Saved to %s. Keep that file somewhere private.</translation>
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
    <message>
        <source>Start WellCare when I log in, so breaks and support are there all day</source>
        <translation>Start WellCare when I log in, so breaks and support are there all day</translation>
    </message>
</context>
<context>
    <name>RecoveryPanel</name>
    <message numerus="yes">
        <source>Your protected break: %n minute(s)</source>
        <translation>
            <numerusform>Your protected break: %n minute</numerusform>
            <numerusform>Your protected break: %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>This time is yours. Set your phone to away and step back from the calls. You do not need to do anything else.</source>
        <translation>This time is yours. Set your phone to away and step back from the calls. You do not need to do anything else.</translation>
    </message>
    <message>
        <source>Time left in your break</source>
        <translation>Time left in your break</translation>
    </message>
    <message>
        <source>End my break now</source>
        <translation>End my break now</translation>
    </message>
    <message>
        <source>You ended your break. Come back gently, and take more time if you need it.</source>
        <translation>You ended your break. Come back gently, and take more time if you need it.</translation>
    </message>
    <message>
        <source>Your break is over. Come back when you are ready.</source>
        <translation>Your break is over. Come back when you are ready.</translation>
    </message>
    <message>
        <source>Breathe in…</source>
        <translation>Breathe in…</translation>
    </message>
    <message>
        <source>Breathe out slowly…</source>
        <translation>Breathe out slowly…</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <source>Request %s · %s</source>
        <translation>Request %s · %s</translation>
    </message>
    <message>
        <source>Received: %s</source>
        <translation>Received: %s</translation>
    </message>
    <message>
        <source>Received %s</source>
        <translation>Received %s</translation>
    </message>
    <message>
        <source>Urgent: the counselor asked to be contacted as soon as possible.</source>
        <translation>Urgent: the counselor asked to be contacted as soon as possible.</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Preferred times</source>
        <translation>Preferred times</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>Content deleted after %n day(s).</source>
        <translation>
            <numerusform>Content deleted after %n day.</numerusform>
            <numerusform>Content deleted after %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only its type, urgency, status and week are kept, for the counts.</source>
        <translation>Only its type, urgency, status and week are kept, for the counts.</translation>
    </message>
    <message numerus="yes">
        <source>Content will be deleted on %1, %n day(s) after the request was closed.</source>
        <translation>
            <numerusform>Content will be deleted on %1, %n day after the request was closed.</numerusform>
            <numerusform>Content will be deleted on %1, %n days after the request was closed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%s · received; automatic receipt sent</source>
        <translation>%s · received; automatic receipt sent</translation>
    </message>
    <message>
        <source>%s · marked %s</source>
        <translation>%s · marked %s</translation>
    </message>
    <message>
        <source>%s · appointment sent: %s</source>
        <translation>%s · appointment sent: %s</translation>
    </message>
    <message>
        <source>%s · marked done</source>
        <translation>%s · marked done</translation>
    </message>
    <message>
        <source>%s · declined</source>
        <translation>%s · declined</translation>
    </message>
    <message>
        <source>%s · cancelled by the counselor</source>
        <translation>%s · cancelled by the counselor</translation>
    </message>
    <message>
        <source>%s · a cancellation with a wrong proof was ignored</source>
        <translation>%s · a cancellation with a wrong proof was ignored</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Signed by this profile and sealed so that only the counselor&apos;s app can read it.</source>
        <translation>Signed by this profile and sealed so that only the counselor&apos;s app can read it.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>a room, an address or a video link</source>
        <translation>a room, an address or a video link</translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation>Place or link</translation>
    </message>
    <message>
        <source>Note to the counselor</source>
        <translation>Note to the counselor</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Decline…</translation>
    </message>
    <message numerus="yes">
        <source>The note is longer than %n character(s).</source>
        <translation>
            <numerusform>The note is longer than %n character.</numerusform>
            <numerusform>The note is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>Send changed appointment</source>
        <translation>Send changed appointment</translation>
    </message>
    <message>
        <source>Send appointment</source>
        <translation>Send appointment</translation>
    </message>
    <message>
        <source>Say where the appointment is: a room, an address or a link.</source>
        <translation>Say where the appointment is: a room, an address or a link.</translation>
    </message>
    <message>
        <source>The appointment time is in the past.</source>
        <translation>The appointment time is in the past.</translation>
    </message>
    <message>
        <source>Decline the request?</source>
        <translation>Decline the request?</translation>
    </message>
    <message>
        <source>The counselor will see the request as closed, with your note. Write a note that helps them.</source>
        <translation>The counselor will see the request as closed, with your note. Write a note that helps them.</translation>
    </message>
    <message>
        <source>This request is already closed.</source>
        <translation>This request is already closed.</translation>
    </message>
    <message>
        <source>The reply is too long; shorten the note.</source>
        <translation>The reply is too long; shorten the note.</translation>
    </message>
    <message>
        <source>WellCare could not save this. Nothing was sent.</source>
        <translation>WellCare could not save this. Nothing was sent.</translation>
    </message>
    <message>
        <source>Note sent: %s</source>
        <translation>Note sent: %s</translation>
    </message>
    <message>
        <source>%s · sent: %s</source>
        <translation>%s · sent: %s</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <source>Ask for an EAP session</source>
        <translation>Ask for an EAP session</translation>
    </message>
    <message>
        <source>the EAP coordinator</source>
        <translation>the EAP coordinator</translation>
    </message>
    <message>
        <source>Only %s can read this request (key fingerprint %s). It is sealed on this computer before it leaves.</source>
        <translation>Only %s can read this request (key fingerprint %s). It is sealed on this computer before it leaves.</translation>
    </message>
    <message numerus="yes">
        <source>The EAP office deletes what you write here %n day(s) after your request is closed; only its type, urgency, status and week are kept, for counting.</source>
        <translation>
            <numerusform>The EAP office deletes what you write here %n day after your request is closed; only its type, urgency, status and week are kept, for counting.</numerusform>
            <numerusform>The EAP office deletes what you write here %n days after your request is closed; only its type, urgency, status and week are kept, for counting.</numerusform>
        </translation>
    </message>
    <message>
        <source>What would help?</source>
        <translation>What would help?</translation>
    </message>
    <message>
        <source>How soon?</source>
        <translation>How soon?</translation>
    </message>
    <message>
        <source>When would suit you? (choose one or more)</source>
        <translation>When would suit you? (choose one or more)</translation>
    </message>
    <message>
        <source>Other times or dates (optional), e.g. not on Wednesdays</source>
        <translation>Other times or dates (optional), e.g. not on Wednesdays</translation>
    </message>
    <message>
        <source>Other times or dates</source>
        <translation>Other times or dates</translation>
    </message>
    <message>
        <source>How should the EAP office reach you?</source>
        <translation>How should the EAP office reach you?</translation>
    </message>
    <message>
        <source>Contact method</source>
        <translation>Contact method</translation>
    </message>
    <message>
        <source>Phone number, address or messenger ID</source>
        <translation>Phone number, address or messenger ID</translation>
    </message>
    <message>
        <source>Anything the EAP office should know? (optional)</source>
        <translation>Anything the EAP office should know? (optional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Only what you want to share. You can also say it in person.</source>
        <translation>Only what you want to share. You can also say it in person.</translation>
    </message>
    <message>
        <source>Attach (optional)</source>
        <translation>Attach (optional)</translation>
    </message>
    <message>
        <source>Nothing is attached unless you tick it. Each one is sealed with your request.</source>
        <translation>Nothing is attached unless you tick it. Each one is sealed with your request.</translation>
    </message>
    <message>
        <source>Nothing to attach yet.</source>
        <translation>Nothing to attach yet.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Send request</translation>
    </message>
    <message>
        <source>e.g. 010-1234-5678</source>
        <translation>e.g. 010-1234-5678</translation>
    </message>
    <message>
        <source>e.g. name@example.org</source>
        <translation>e.g. name@example.org</translation>
    </message>
    <message>
        <source>your messenger ID</source>
        <translation>your messenger ID</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 characters</translation>
    </message>
    <message numerus="yes">
        <source>Tick at most %n attachment(s).</source>
        <translation>
            <numerusform>Tick at most %n attachment.</numerusform>
            <numerusform>Tick at most %n attachments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The note is longer than %n character(s).</source>
        <translation>
            <numerusform>The note is longer than %n character.</numerusform>
            <numerusform>The note is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one time that would suit you.</source>
        <translation>Choose at least one time that would suit you.</translation>
    </message>
    <message>
        <source>Say how the EAP office can reach you.</source>
        <translation>Say how the EAP office can reach you.</translation>
    </message>
    <message>
        <source>That does not look like an e-mail address.</source>
        <translation>That does not look like an e-mail address.</translation>
    </message>
    <message>
        <source>That does not look like a phone number.</source>
        <translation>That does not look like a phone number.</translation>
    </message>
    <message>
        <source>WellCare could not save the request. Nothing was sent.</source>
        <translation>WellCare could not save the request. Nothing was sent.</translation>
    </message>
    <message>
        <source>The request is too long to send. Shorten the note or untick an attachment.</source>
        <translation>The request is too long to send. Shorten the note or untick an attachment.</translation>
    </message>
    <message>
        <source>The EAP coordinator&apos;s key has changed. Check it on the previous page before sending.</source>
        <translation>The EAP coordinator&apos;s key has changed. Check it on the previous page before sending.</translation>
    </message>
    <message>
        <source>Requests cannot be sent from this computer right now. Contact the EAP office directly.</source>
        <translation>Requests cannot be sent from this computer right now. Contact the EAP office directly.</translation>
    </message>
    <message>
        <source>Part of the form cannot be sent. Check it and try again.</source>
        <translation>Part of the form cannot be sent. Check it and try again.</translation>
    </message>
    <message>
        <source>Outside office hours, please call one of the lines above first.</source>
        <translation>Outside office hours, please call one of the lines above first.</translation>
    </message>
    <message>
        <source>The EAP office has not said how soon it answers an urgent request.</source>
        <translation>The EAP office has not said how soon it answers an urgent request.</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Your %s result</source>
        <translation>Your %s result</translation>
    </message>
    <message>
        <source>First, about one of your answers</source>
        <translation>First, about one of your answers</translation>
    </message>
    <message>
        <source>We recommend a professional assessment</source>
        <translation>We recommend a professional assessment</translation>
    </message>
    <message>
        <source>Your answers point to strong strain. Please arrange an assessment with a doctor or a mental-health professional soon; the EAP office can help you find one.</source>
        <translation>Your answers point to strong strain. Please arrange an assessment with a doctor or a mental-health professional soon; the EAP office can help you find one.</translation>
    </message>
    <message>
        <source>Help at any hour</source>
        <translation>Help at any hour</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>What helps</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Who can help</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Talking to a professional can help</source>
        <translation>Talking to a professional can help</translation>
    </message>
    <message>
        <source>Your answers suggest it would help to talk about how you have been with a doctor, a mental-health professional or the EAP office. The EAP office can also help you find one.</source>
        <translation>Your answers suggest it would help to talk about how you have been with a doctor, a mental-health professional or the EAP office. The EAP office can also help you find one.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (possible range %3–%4)</source>
        <translation>%1: %2 (possible range %3–%4)</translation>
    </message>
    <message>
        <source>EAP office: %s</source>
        <translation>EAP office: %s</translation>
    </message>
    <message>
        <source>I will remind you to take it again on %s.</source>
        <translation>I will remind you to take it again on %s.</translation>
    </message>
</context>
<context>
    <name>RightsPanel</name>
    <message>
        <source>Law text checked on %s.</source>
        <translation>Law text checked on %s.</translation>
    </message>
</context>
<context>
    <name>RunCard</name>
    <message>
        <source>Program progress</source>
        <translation>Program progress</translation>
    </message>
    <message>
        <source>Next: session %d, %s</source>
        <translation>Next: session %d, %s</translation>
    </message>
    <message>
        <source>Week %d · %s</source>
        <translation>Week %d · %s</translation>
    </message>
    <message>
        <source>A missed day was forgiven; it does not break a streak.</source>
        <translation>A missed day was forgiven; it does not break a streak.</translation>
    </message>
    <message>
        <source>No streak yet. Any day you practise counts, and one missed day is always forgiven.</source>
        <translation>No streak yet. Any day you practise counts, and one missed day is always forgiven.</translation>
    </message>
    <message>
        <source>Paused. Reminders are off until you resume; paused days never count as missed.</source>
        <translation>Paused. Reminders are off until you resume; paused days never count as missed.</translation>
    </message>
    <message>
        <source>Days in your practice streak: %d.</source>
        <translation>Days in your practice streak: %d.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s)</source>
        <translation>
            <numerusform>%1 of %n session</numerusform>
            <numerusform>%1 of %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your best: %n day(s).</source>
        <translation>
            <numerusform>Your best: %n day.</numerusform>
            <numerusform>Your best: %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminders at %(time)s on %(days)s.</source>
        <translation>Reminders at %(time)s on %(days)s.</translation>
    </message>
    <message>
        <source>Today&apos;s session is waiting for you.</source>
        <translation>Today&apos;s session is waiting for you.</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Start session</translation>
    </message>
    <message>
        <source>Change reminders…</source>
        <translation>Change reminders…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Leave program</source>
        <translation>Leave program</translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <source>You are not alone with this</source>
        <translation>You are not alone with this</translation>
    </message>
    <message>
        <source>One of your answers says that you have had thoughts of being better off dead, or of hurting yourself. Thoughts like these are more common than people think, and talking to someone helps. You can reach someone right now.</source>
        <translation>One of your answers says that you have had thoughts of being better off dead, or of hurting yourself. Thoughts like these are more common than people think, and talking to someone helps. You can reach someone right now.</translation>
    </message>
    <message>
        <source>Talk to someone now, at any hour</source>
        <translation>Talk to someone now, at any hour</translation>
    </message>
    <message>
        <source>When you are ready, continue to your result. It is kept only on this computer.</source>
        <translation>When you are ready, continue to your result. It is kept only on this computer.</translation>
    </message>
    <message>
        <source>I have read this — show my result</source>
        <translation>I have read this — show my result</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Start %s</source>
        <translation>Start %s</translation>
    </message>
    <message>
        <source>Change reminders</source>
        <translation>Change reminders</translation>
    </message>
    <message>
        <source>When would you like a reminder for each session?</source>
        <translation>When would you like a reminder for each session?</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Reminder time</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Reminders wait until you are off a call. Missing a day is fine: the program waits for you, and one missed day never breaks your streak.</source>
        <translation>Reminders wait until you are off a call. Missing a day is fine: the program waits for you, and one missed day never breaks your streak.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
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
    <message>
        <source>The recovery file (recovery.json) is missing from your profile, so your recovery code can no longer open your vault. Make a new recovery code in Settings and keep it safe.</source>
        <translation>The recovery file (recovery.json) is missing from your profile, so your recovery code can no longer open your vault. Make a new recovery code in Settings and keep it safe.</translation>
    </message>
    <message>
        <source>Make a new recovery code…</source>
        <translation>Make a new recovery code…</translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <source>Before counselors can send requests, this profile needs its keys, and IT needs a policy file that carries the public half of them. The private keys never leave this profile&apos;s vault.</source>
        <translation>Before counselors can send requests, this profile needs its keys, and IT needs a policy file that carries the public half of them. The private keys never leave this profile&apos;s vault.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>EAP office</source>
        <translation>EAP office</translation>
    </message>
    <message>
        <source>Shown to counselors as</source>
        <translation>Shown to counselors as</translation>
    </message>
    <message>
        <source>Exchange folder</source>
        <translation>Exchange folder</translation>
    </message>
    <message>
        <source>a shared folder, e.g. a network share</source>
        <translation>a shared folder, e.g. a network share</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Folder as counselors reach it</source>
        <translation>Folder as counselors reach it</translation>
    </message>
    <message>
        <source>only if different, e.g. \\server\wellcare</source>
        <translation>only if different, e.g. \\server\wellcare</translation>
    </message>
    <message>
        <source>EAP phone</source>
        <translation>EAP phone</translation>
    </message>
    <message>
        <source>EAP e-mail</source>
        <translation>EAP e-mail</translation>
    </message>
    <message>
        <source>Create keys and policy file</source>
        <translation>Create keys and policy file</translation>
    </message>
    <message>
        <source>Give the organisation&apos;s name and the exchange folder.</source>
        <translation>Give the organisation&apos;s name and the exchange folder.</translation>
    </message>
    <message>
        <source>The set-up did not finish: %s</source>
        <translation>The set-up did not finish: %s</translation>
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
    <name>SummaryView</name>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Floor and teams</source>
        <translation>Floor and teams</translation>
    </message>
</context>
<context>
    <name>SupportPanel</name>
    <message>
        <source>Talk to someone</source>
        <translation>Talk to someone</translation>
    </message>
    <message>
        <source>Ask the EAP office for counselling</source>
        <translation>Ask the EAP office for counselling</translation>
    </message>
    <message>
        <source>Ask for legal support</source>
        <translation>Ask for legal support</translation>
    </message>
    <message>
        <source>EAP office</source>
        <translation>EAP office</translation>
    </message>
</context>
<context>
    <name>SurgeTexts</name>
    <message>
        <source>Surge period: breaks adjusted</source>
        <translation>Surge period: breaks adjusted</translation>
    </message>
    <message>
        <source>Until %1, announced by the council (%2) through your EAP office.</source>
        <translation>Until %1, announced by the council (%2) through your EAP office.</translation>
    </message>
    <message>
        <source>Until %s, as the EAP office announced.</source>
        <translation>Until %s, as the EAP office announced.</translation>
    </message>
    <message>
        <source>Your organisation has not set what changes in a surge period, so your breaks and the exercise after a hard call stay as they are.</source>
        <translation>Your organisation has not set what changes in a surge period, so your breaks and the exercise after a hard call stay as they are.</translation>
    </message>
    <message numerus="yes">
        <source>Short breaks come more often: about every %n minute(s).</source>
        <translation>
            <numerusform>Short breaks come more often: about every %n minute.</numerusform>
            <numerusform>Short breaks come more often: about every %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rest breaks come more often: about every %n minute(s).</source>
        <translation>
            <numerusform>Rest breaks come more often: about every %n minute.</numerusform>
            <numerusform>Rest breaks come more often: about every %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>After every hard call, your protected break starts with the decompression exercise.</source>
        <translation>After every hard call, your protected break starts with the decompression exercise.</translation>
    </message>
    <message>
        <source>Nothing more is asked of you. Take the breaks; they are there for you.</source>
        <translation>Nothing more is asked of you. Take the breaks; they are there for you.</translation>
    </message>
    <message>
        <source>Surge period until %s, announced by the council</source>
        <translation>Surge period until %s, announced by the council</translation>
    </message>
    <message>
        <source>Surge period until %s</source>
        <translation>Surge period until %s</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>%s · requested %s</source>
        <translation>%s · requested %s</translation>
    </message>
    <message>
        <source>A reply was ignored because %s. If this happens again, tell the EAP office.</source>
        <translation>A reply was ignored because %s. If this happens again, tell the EAP office.</translation>
    </message>
    <message>
        <source>What you sent</source>
        <translation>What you sent</translation>
    </message>
    <message>
        <source>Cancel this request…</source>
        <translation>Cancel this request…</translation>
    </message>
    <message>
        <source>The EAP office&apos;s app confirmed it has your request.</source>
        <translation>The EAP office&apos;s app confirmed it has your request.</translation>
    </message>
    <message>
        <source>Scheduled (changed)</source>
        <translation>Scheduled (changed)</translation>
    </message>
    <message>
        <source>You cancelled it.</source>
        <translation>You cancelled it.</translation>
    </message>
    <message>
        <source>The EAP office has been told.</source>
        <translation>The EAP office has been told.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n minute(s)</source>
        <translation>
            <numerusform>%1, %n minute</numerusform>
            <numerusform>%1, %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>WellCare could not tell the EAP office; call them if an appointment was made.</source>
        <translation>WellCare could not tell the EAP office; call them if an appointment was made.</translation>
    </message>
    <message>
        <source>Telling the EAP office…</source>
        <translation>Telling the EAP office…</translation>
    </message>
    <message>
        <source>Closed by the EAP office.</source>
        <translation>Closed by the EAP office.</translation>
    </message>
    <message>
        <source>To: %s (%s)</source>
        <translation>To: %s (%s)</translation>
    </message>
    <message>
        <source>Urgency: %s</source>
        <translation>Urgency: %s</translation>
    </message>
    <message>
        <source>Times: %s</source>
        <translation>Times: %s</translation>
    </message>
    <message>
        <source>Contact: %s, %s</source>
        <translation>Contact: %s, %s</translation>
    </message>
    <message>
        <source>Note: %s</source>
        <translation>Note: %s</translation>
    </message>
    <message>
        <source>Attached: %s</source>
        <translation>Attached: %s</translation>
    </message>
    <message>
        <source>If your organisation does not act</source>
        <translation>If your organisation does not act</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Sealed and sent.</source>
        <translation>Sealed and sent.</translation>
    </message>
    <message>
        <source>Waiting to send: the shared folder cannot be reached right now. Your sealed request is kept on this computer and sent automatically.</source>
        <translation>Waiting to send: the shared folder cannot be reached right now. Your sealed request is kept on this computer and sent automatically.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Trend chart</source>
        <translation>Trend chart</translation>
    </message>
    <message>
        <source>Nothing to draw yet: each result you save adds a point here.</source>
        <translation>Nothing to draw yet: each result you save adds a point here.</translation>
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
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>The passphrase needs at least %n character.</numerusform>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
        </translation>
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
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Type your passphrase to open your breaks, self-checks and notes. Choose Later to keep WellCare locked for now: the crisis lines and hard-call help still work.</source>
        <translation>Type your passphrase to open your breaks, self-checks and notes. Choose Later to keep WellCare locked for now: the crisis lines and hard-call help still work.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
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
    <message>
        <source>The disk is full, so WellCare could not open or save its vault. Free some space on the disk and try again; nothing saved before was lost.</source>
        <translation>The disk is full, so WellCare could not open or save its vault. Free some space on the disk and try again; nothing saved before was lost.</translation>
    </message>
    <message>
        <source>WellCare may not read or write the vault file or its folder (it is read-only, on a read-only drive, or belongs to another user). Give your user read and write access to the profile folder, then try again. The vault was not changed.</source>
        <translation>WellCare may not read or write the vault file or its folder (it is read-only, on a read-only drive, or belongs to another user). Give your user read and write access to the profile folder, then try again. The vault was not changed.</translation>
    </message>
    <message>
        <source>The vault&apos;s name (vault.db) in this profile is taken by something that is not a file (a folder, a pipe or a device). WellCare did not touch it; move it away or restore the real vault file, then try again.</source>
        <translation>The vault&apos;s name (vault.db) in this profile is taken by something that is not a file (a folder, a pipe or a device). WellCare did not touch it; move it away or restore the real vault file, then try again.</translation>
    </message>
    <message>
        <source>WellCare is being set up in this profile by another window or command. Wait for it, then try again.</source>
        <translation>WellCare is being set up in this profile by another window or command. Wait for it, then try again.</translation>
    </message>
    <message>
        <source>The vault is open in another WellCare (in another window, or on another computer when the profile is on a network folder). Close WellCare there, then try again. The vault was not changed.</source>
        <translation>The vault is open in another WellCare (in another window, or on another computer when the profile is on a network folder). Close WellCare there, then try again. The vault was not changed.</translation>
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
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Quit WellCare</source>
        <translation>Quit WellCare</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>WellCare (starting…)</source>
        <translation>WellCare (starting…)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>WellCare could not start. Your records are unchanged. Please start it again; if this happens again, tell your IT team.</source>
        <translation>WellCare could not start. Your records are unchanged. Please start it again; if this happens again, tell your IT team.</translation>
    </message>
</context>
<context>
    <name>_Window</name>
    <message>
        <source>WellCare break</source>
        <translation>WellCare break</translation>
    </message>
</context>
</TS>
