<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>AfterExercisePanel</name>
    <message>
        <source>After the exercise</source>
        <translation>운동을 마친 뒤</translation>
    </message>
    <message>
        <source>The rest of this break is yours. Nothing here is required.</source>
        <translation>남은 휴식 시간은 상담사님의 것입니다. 여기서 꼭 해야 할 일은 없습니다.</translation>
    </message>
    <message>
        <source>Ask the EAP office</source>
        <translation>EAP 담당자에게 요청하기</translation>
    </message>
    <message>
        <source>Ask the EAP office for counselling</source>
        <translation>EAP 담당자에게 상담 요청하기</translation>
    </message>
    <message>
        <source>Ask for legal support</source>
        <translation>법률 지원 요청하기</translation>
    </message>
    <message>
        <source>The request form opens when your break ends, with this call attached. Nothing is sent until you send it.</source>
        <translation>휴식이 끝나면 이 통화가 첨부된 요청 양식이 열립니다. 직접 보내기 전에는 아무것도 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Write it down</source>
        <translation>적어 두기</translation>
    </message>
    <message>
        <source>What happened, what was said, how you feel: for you alone</source>
        <translation>무슨 일이 있었는지, 어떤 말을 들었는지, 지금 기분은 어떤지: 상담사님만 봅니다</translation>
    </message>
    <message>
        <source>A note for this call&apos;s journal entry</source>
        <translation>이 통화의 기록에 남길 메모</translation>
    </message>
    <message>
        <source>Save to my journal</source>
        <translation>내 기록에 저장</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>먼저 내용을 적어 주세요.</translation>
    </message>
    <message>
        <source>Not saved: %s Your text is still here.</source>
        <translation>저장하지 못했습니다: %s 적은 내용은 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <source>Saved in your journal, with this call.</source>
        <translation>이 통화와 함께 내 기록에 저장했습니다.</translation>
    </message>
    <message>
        <source>Another exercise</source>
        <translation>다른 운동</translation>
    </message>
    <message>
        <source>No exercise fits the time left.</source>
        <translation>남은 시간에 맞는 운동이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Aggregates</name>
    <message>
        <source>Wellbeing (WHO-5)</source>
        <translation>웰빙 (WHO-5)</translation>
    </message>
    <message>
        <source>Stress (PSS-10)</source>
        <translation>스트레스 (PSS-10)</translation>
    </message>
    <message>
        <source>Client-related burnout (CBI)</source>
        <translation>민원인 관련 소진 (CBI)</translation>
    </message>
    <message>
        <source>Breaks taken in the week</source>
        <translation>그 주의 휴식 횟수</translation>
    </message>
    <message>
        <source>Hard calls in the week</source>
        <translation>그 주의 힘든 통화 수</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>CBI client</source>
        <translation>CBI 민원인</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>휴식</translation>
    </message>
    <message>
        <source>Hard calls</source>
        <translation>힘든 통화</translation>
    </message>
    <message>
        <source>No team given</source>
        <translation>팀 밝히지 않음</translation>
    </message>
    <message>
        <source>Not taken that week</source>
        <translation>그 주에 검사 안 함</translation>
    </message>
    <message>
        <source>Good wellbeing</source>
        <translation>웰빙 좋음</translation>
    </message>
    <message>
        <source>Low wellbeing</source>
        <translation>웰빙 낮음</translation>
    </message>
    <message>
        <source>Very low wellbeing</source>
        <translation>웰빙 매우 낮음</translation>
    </message>
    <message>
        <source>Low stress</source>
        <translation>스트레스 낮음</translation>
    </message>
    <message>
        <source>Moderate stress</source>
        <translation>스트레스 보통</translation>
    </message>
    <message>
        <source>High stress</source>
        <translation>스트레스 높음</translation>
    </message>
    <message>
        <source>Lower burnout</source>
        <translation>소진 낮음</translation>
    </message>
    <message>
        <source>High burnout</source>
        <translation>소진 높음</translation>
    </message>
    <message>
        <source>%s or more</source>
        <translation>%s 이상</translation>
    </message>
</context>
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
    <name>AssessAttachments</name>
    <message>
        <source>A screening result, not a diagnosis.</source>
        <translation>진단이 아닌 선별 검사 결과입니다.</translation>
    </message>
    <message>
        <source>Self-check %1, %2</source>
        <translation>자가 점검 %1, %2</translation>
    </message>
</context>
<context>
    <name>AssessFeature</name>
    <message>
        <source>Self-checks</source>
        <translation>자가 점검</translation>
    </message>
    <message>
        <source>My trends</source>
        <translation>나의 변화</translation>
    </message>
    <message>
        <source>Quick check-in…</source>
        <translation>빠른 마음 점검…</translation>
    </message>
    <message>
        <source>Start the %s check (due)</source>
        <translation>%s 점검 시작 (예정됨)</translation>
    </message>
    <message>
        <source>Remind me in an hour</source>
        <translation>1시간 뒤에 다시 알림</translation>
    </message>
    <message>
        <source>Remind me tomorrow</source>
        <translation>내일 다시 알림</translation>
    </message>
    <message numerus="yes">
        <source>Your %1 check is due; it takes about %n min. Open WellCare ▸ Self-checks when you are free.</source>
        <translation>
            <numerusform>%1 점검을 할 때가 되었습니다. %n분 정도 걸립니다. 여유가 생기면 WellCare ▸ 자가 점검을 열어 주세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Due now: %s. Open WellCare ▸ Self-checks when you are free.</source>
        <translation>지금 할 점검: %s. 여유가 생기면 WellCare ▸ 자가 점검을 열어 주세요.</translation>
    </message>
    <message>
        <source>Time for a self-check</source>
        <translation>자가 점검 시간입니다</translation>
    </message>
</context>
<context>
    <name>AssessPage</name>
    <message>
        <source>Self-checks</source>
        <translation>자가 점검</translation>
    </message>
    <message>
        <source>Short, well-known questionnaires about how you have been. Each takes a minute or two; the result is explained in plain words.</source>
        <translation>요즘 나의 상태를 살펴보는 짧고 널리 쓰이는 설문입니다. 하나에 1~2분이면 충분하고, 결과는 쉬운 말로 풀어 드립니다.</translation>
    </message>
    <message>
        <source>Some questionnaires from your organisation could not be loaded and were left out. Please tell your IT or EAP office:</source>
        <translation>기관에서 제공한 설문 중 일부를 불러오지 못해 빠졌습니다. IT 담당자나 EAP 상담실에 알려 주세요:</translation>
    </message>
    <message>
        <source>Quick check-in</source>
        <translation>빠른 마음 점검</translation>
    </message>
    <message>
        <source>How are you right now? One tap records your mood; tags and a note are optional.</source>
        <translation>지금 기분은 어떠세요? 한 번 누르면 기분이 기록되고, 태그와 메모는 원할 때만 남기면 됩니다.</translation>
    </message>
    <message>
        <source>Check in now…</source>
        <translation>지금 점검하기…</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>설문</translation>
    </message>
    <message>
        <source>Reminders come as a quiet notification, never during a call.</source>
        <translation>알림은 조용한 메시지로 오며, 통화 중에는 절대 뜨지 않습니다.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>지금 시작</translation>
    </message>
    <message>
        <source>In an hour</source>
        <translation>1시간 뒤에</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>내일</translation>
    </message>
    <message>
        <source>Time to take the %s again, as you planned.</source>
        <translation>계획하신 대로 %s 점검을 다시 할 때입니다.</translation>
    </message>
    <message>
        <source>Your %1 check is due (%2).</source>
        <translation>%1 점검을 할 때가 되었습니다 (%2).</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>설문</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Reminders for %s</source>
        <translation>%s 알림</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>이어서 하기</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Paused at %1 of %2</source>
        <translation>%2문항 중 %1문항에서 멈춤</translation>
    </message>
    <message>
        <source>Last: %s</source>
        <translation>최근: %s</translation>
    </message>
    <message>
        <source>Not taken yet</source>
        <translation>아직 하지 않음</translation>
    </message>
    <message>
        <source>Next: %s</source>
        <translation>다음: %s</translation>
    </message>
    <message>
        <source>All right, I will remind you again on %s.</source>
        <translation>알겠습니다. %s에 다시 알려 드리겠습니다.</translation>
    </message>
    <message>
        <source>All right, I will remind you again in an hour.</source>
        <translation>알겠습니다. 1시간 뒤에 다시 알려 드리겠습니다.</translation>
    </message>
    <message>
        <source>Paused. Your answers are saved; continue whenever you like.</source>
        <translation>잠시 멈췄습니다. 답변은 저장되어 있으니 언제든 이어서 하세요.</translation>
    </message>
</context>
<context>
    <name>AssessTexts</name>
    <message>
        <source>Every week</source>
        <translation>매주</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>2주마다</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>매달</translation>
    </message>
    <message>
        <source>Only when I choose</source>
        <translation>원할 때만</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>아주 힘듦</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>힘듦</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>좋음</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>아주 좋음</translation>
    </message>
    <message>
        <source>Hard call</source>
        <translation>힘든 통화</translation>
    </message>
    <message>
        <source>Tired</source>
        <translation>피곤함</translation>
    </message>
    <message>
        <source>Stressed</source>
        <translation>스트레스</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>차분함</translation>
    </message>
    <message>
        <source>Good day</source>
        <translation>좋은 하루</translation>
    </message>
    <message>
        <source>Felt supported</source>
        <translation>도움을 받음</translation>
    </message>
    <message>
        <source>Take a short recovery break: step away from the headset for a few minutes.</source>
        <translation>짧은 회복 휴식을 가져 보세요. 몇 분만이라도 헤드셋을 내려놓고 자리에서 벗어나 보세요.</translation>
    </message>
    <message>
        <source>Try a guided breathing or decompression exercise; two minutes already help.</source>
        <translation>안내에 따라 호흡이나 긴장 풀기 연습을 해 보세요. 2분만으로도 도움이 됩니다.</translation>
    </message>
    <message>
        <source>Join a healing program from WellCare or your organisation.</source>
        <translation>WellCare나 기관에서 제공하는 힐링 프로그램에 참여해 보세요.</translation>
    </message>
    <message>
        <source>Talk it through in confidence with the EAP (employee assistance) office.</source>
        <translation>EAP(근로자 지원) 상담실에서 비밀이 보장되는 상담을 받아 보세요.</translation>
    </message>
    <message>
        <source>Please arrange an assessment with a doctor or a mental-health professional.</source>
        <translation>의사나 정신건강 전문가에게 평가를 받아 보시기를 권합니다.</translation>
    </message>
    <message>
        <source>If things feel too heavy, you can call a crisis line at any hour.</source>
        <translation>너무 버겁게 느껴질 때는 언제든 위기 상담 전화로 연락할 수 있습니다.</translation>
    </message>
    <message>
        <source>Abusive callers are not part of the job. Under Article 41 of the Occupational Safety and Health Act you may ask your employer for a break, a change of duties, counselling and help with legal action.</source>
        <translation>폭언하는 민원인을 견디는 것은 업무가 아닙니다. 산업안전보건법 제41조에 따라 사업주에게 휴식, 업무 전환, 상담 지원, 법적 대응 지원을 요청할 수 있습니다.</translation>
    </message>
    <message>
        <source>Take this check again in two weeks to see how it moves.</source>
        <translation>2주 뒤에 다시 점검해서 어떻게 달라지는지 살펴보세요.</translation>
    </message>
    <message>
        <source>Take a break</source>
        <translation>휴식하기</translation>
    </message>
    <message>
        <source>Open exercises</source>
        <translation>연습 열기</translation>
    </message>
    <message>
        <source>See programs</source>
        <translation>프로그램 보기</translation>
    </message>
    <message>
        <source>Request an EAP session</source>
        <translation>EAP 상담 요청</translation>
    </message>
    <message>
        <source>Hard-call support</source>
        <translation>힘든 통화 지원</translation>
    </message>
    <message>
        <source>Remind me in two weeks</source>
        <translation>2주 뒤에 알려 주기</translation>
    </message>
    <message>
        <source>This is a screening, not a diagnosis: it shows how the last weeks have been for you. Only a professional can make a diagnosis.</source>
        <translation>이 결과는 진단이 아닌 선별 검사입니다. 최근 몇 주 동안의 상태를 보여 줄 뿐이며, 진단은 전문가만 내릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Your answers are kept only in the encrypted vault on this computer. No one else sees them.</source>
        <translation>답변은 이 컴퓨터의 암호화된 보관함에만 저장되며, 다른 누구도 볼 수 없습니다.</translation>
    </message>
    <message>
        <source>Korea&apos;s 24-hour lines, per the Ministry of Health and Welfare: 109 replaced 1393 on 1 January 2024 (checked November 2026).</source>
        <translation>보건복지부 안내에 따른 24시간 상담전화입니다. 2024년 1월 1일부터 1393 대신 109로 통합되었습니다 (2026년 11월 확인).</translation>
    </message>
    <message>
        <source>Korean version: %1. Validated in: %2</source>
        <translation>한국어판: %1. 타당도 검증 연구: %2</translation>
    </message>
    <message>
        <source>Korean version: translated for WellCare, not validated. Its score ranges are only a rough guide.</source>
        <translation>한국어판: WellCare에서 번역했으며 타당도 검증을 거치지 않았습니다. 점수 구간은 대략적인 참고로만 보아 주세요.</translation>
    </message>
    <message>
        <source>Your score is in the highest range. This Korean version has not been validated, so the ranges are only a rough guide; if these answers reflect how you have been, talking to a professional or the EAP office can help.</source>
        <translation>점수가 가장 높은 구간에 있습니다. 이 한국어판은 타당도 검증을 거치지 않아 점수 구간은 대략적인 참고일 뿐입니다. 이 답변이 요즘의 상태를 잘 나타낸다면, 전문가나 EAP 상담실과 이야기해 보는 것이 도움이 될 수 있습니다.</translation>
    </message>
    <message>
        <source>One of your answers matters more than the score: please talk to someone about it soon. A crisis line can help at any hour, and a doctor, a mental-health professional or the EAP office can help with what comes next.</source>
        <translation>답변 중 하나는 점수보다 더 중요합니다. 가능한 한 빨리 누군가와 이야기를 나누어 주세요. 위기상담전화는 언제든 도움을 드릴 수 있고, 의사나 정신건강 전문가, EAP 상담실이 다음 단계를 함께 도울 수 있습니다.</translation>
    </message>
    <message>
        <source>Low well-being can be a sign of depression. The WHO-5&apos;s own guidance is to follow it with a short depression check, the PHQ-9 (nine questions, about two minutes).</source>
        <translation>웰빙이 낮은 것은 우울의 신호일 수 있습니다. WHO-5 지침은 이어서 짧은 우울 선별 검사인 PHQ-9(9문항, 약 2분)를 해 보도록 권합니다.</translation>
    </message>
    <message>
        <source>Take the PHQ-9</source>
        <translation>PHQ-9 검사하기</translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <source>Show what is sent</source>
        <translation>보내질 내용 보기</translation>
    </message>
    <message>
        <source>Text that would be sent</source>
        <translation>보내질 내용</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>숨기기</translation>
    </message>
</context>
<context>
    <name>BreakNotice</name>
    <message>
        <source>Starting now.</source>
        <translation>지금 시작합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Your call has ended. Finish your after-call notes: the break starts in %n second(s).</source>
        <translation>
            <numerusform>통화가 끝났습니다. 후처리를 마무리하세요. 휴식은 %n초 뒤에 시작합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starts in %n second(s). Finish your sentence; there is no need to hurry.</source>
        <translation>
            <numerusform>%n초 뒤에 시작합니다. 하던 말은 마저 하세요. 서두르지 않아도 됩니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreakOffers</name>
    <message>
        <source>It is too long for this call&apos;s note, or the call was deleted.</source>
        <translation>이 통화의 메모에 넣기에는 너무 길거나, 통화 기록이 삭제되었습니다.</translation>
    </message>
</context>
<context>
    <name>BreakOverlay</name>
    <message>
        <source>Time left</source>
        <translation>남은 시간</translation>
    </message>
    <message>
        <source>Break time</source>
        <translation>휴식 시간</translation>
    </message>
    <message>
        <source>Break progress</source>
        <translation>휴식 진행 상황</translation>
    </message>
    <message>
        <source>This break is protected: it cannot be skipped or postponed.</source>
        <translation>보호된 휴식입니다. 건너뛰거나 미룰 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Postpone %n min</source>
        <translation>
            <numerusform>%n분 미루기</numerusform>
        </translation>
    </message>
    <message>
        <source>Postpones left for this break: %d</source>
        <translation>이 휴식을 미룰 수 있는 남은 횟수: %d번</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>이번 휴식 건너뛰기</translation>
    </message>
    <message>
        <source>End early: I must take a call</source>
        <translation>일찍 끝내기: 전화를 받아야 합니다</translation>
    </message>
    <message>
        <source>Esc does nothing here: this break is protected.</source>
        <translation>보호된 휴식이라 Esc 키로 끝낼 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Esc: postpone the break by %n min</source>
        <translation>
            <numerusform>Esc: 휴식을 %n분 미루기</numerusform>
        </translation>
    </message>
    <message>
        <source>Esc: skip this break</source>
        <translation>Esc: 이번 휴식 건너뛰기</translation>
    </message>
    <message>
        <source>Esc does nothing during this break.</source>
        <translation>이 휴식 중에는 Esc 키가 동작하지 않습니다.</translation>
    </message>
    <message>
        <source>Press again to end your recovery break</source>
        <translation>회복 휴식을 끝내려면 한 번 더 누르세요</translation>
    </message>
</context>
<context>
    <name>BreakSettingsPanel</name>
    <message>
        <source>Break settings</source>
        <translation>휴식 설정</translation>
    </message>
    <message>
        <source>Shift starts</source>
        <translation>근무 시작 시각</translation>
    </message>
    <message>
        <source>Shift ends</source>
        <translation>근무 종료 시각</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>Shift hours</source>
        <translation>근무 시간</translation>
    </message>
    <message>
        <source>Workdays</source>
        <translation>근무일</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Micro-break every</source>
        <translation>짧은 휴식 간격</translation>
    </message>
    <message>
        <source>Rest break every</source>
        <translation>긴 휴식 간격</translation>
    </message>
    <message>
        <source>Save break settings</source>
        <translation>휴식 설정 저장</translation>
    </message>
    <message>
        <source>Time away and calls</source>
        <translation>자리 비움과 통화</translation>
    </message>
    <message>
        <source>My softphone programs (one per line)</source>
        <translation>내 소프트폰 프로그램 (한 줄에 하나씩)</translation>
    </message>
    <message>
        <source>Save softphones</source>
        <translation>소프트폰 목록 저장</translation>
    </message>
    <message numerus="yes">
        <source>Micro-break: %1. Rest break: %2. A break can be postponed %n time(s), by up to %3 min.</source>
        <translation>
            <numerusform>짧은 휴식: %1. 긴 휴식: %2. 휴식은 %n번까지, 한 번에 최대 %3분씩 미룰 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your organisation asks for a micro-break at least every %1 min and a rest break at least every %2 min.</source>
        <translation>기관에서는 짧은 휴식을 적어도 %1분마다, 긴 휴식을 적어도 %2분마다 하도록 정했습니다.</translation>
    </message>
    <message>
        <source>Strict mode, set by your organisation: breaks cannot be skipped or ended early.</source>
        <translation>기관이 정한 엄격 모드: 휴식을 건너뛰거나 일찍 끝낼 수 없습니다.</translation>
    </message>
    <message>
        <source>Set by your organisation: %s</source>
        <translation>기관이 지정한 프로그램: %s</translation>
    </message>
    <message>
        <source>Not saved: the shift cannot start and end at the same time.</source>
        <translation>저장하지 못했습니다. 근무 시작 시각과 종료 시각이 같을 수 없습니다.</translation>
    </message>
    <message>
        <source>Not saved: these settings cannot work together.</source>
        <translation>저장하지 못했습니다. 함께 쓸 수 없는 설정입니다.</translation>
    </message>
    <message>
        <source>Saved. With no workdays chosen, no breaks are planned.</source>
        <translation>저장했습니다. 근무일을 하나도 고르지 않아 예정된 휴식이 없습니다.</translation>
    </message>
    <message>
        <source>Saved. Your next breaks follow the new settings.</source>
        <translation>저장했습니다. 다음 휴식부터 새 설정을 따릅니다.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <source>A break never starts in the middle of a call: it waits for the call to end, up to the limit your organisation set. Mark a call with “On a call” in the tray menu, or list below the phone programs that run only during a call.</source>
        <translation>휴식은 통화 중에는 시작되지 않고, 기관이 정한 한도 안에서 통화가 끝나기를 기다립니다. 트레이 메뉴에서 “통화 중”을 표시하거나, 통화하는 동안에만 실행되는 전화 프로그램을 아래에 적어 두세요.</translation>
    </message>
    <message>
        <source>More: for your IT team</source>
        <translation>자세히: 전산 담당자용</translation>
    </message>
    <message>
        <source>A softphone can tell WellCare about calls itself: its scripts run “wellcare call start” and “wellcare call end”. Time away is noticed through the desktop&apos;s idle monitor (%s).</source>
        <translation>소프트폰이 직접 통화 상태를 알릴 수도 있습니다. 소프트폰 스크립트에서 “wellcare call start”와 “wellcare call end”를 실행하면 됩니다. 자리 비움은 데스크톱의 유휴 감지 기능(%s)으로 알아챕니다.</translation>
    </message>
</context>
<context>
    <name>BreakTexts</name>
    <message>
        <source>Micro-break</source>
        <translation>짧은 휴식</translation>
    </message>
    <message>
        <source>Rest break</source>
        <translation>긴 휴식</translation>
    </message>
    <message>
        <source>Recovery break</source>
        <translation>회복 휴식</translation>
    </message>
    <message>
        <source>Rest your eyes and your voice for a moment.</source>
        <translation>잠시 눈과 목소리를 쉬게 해 주세요.</translation>
    </message>
    <message>
        <source>Stand up, stretch, and have some water.</source>
        <translation>일어나서 몸을 쭉 펴고 물 한 잔 드세요.</translation>
    </message>
    <message>
        <source>That call was hard. Take this time for yourself.</source>
        <translation>힘든 통화였습니다. 이 시간은 나를 위해 쓰세요.</translation>
    </message>
    <message>
        <source>Take off the headset, look far away and let your shoulders drop.</source>
        <translation>헤드셋을 벗고 먼 곳을 바라보며 어깨의 힘을 빼세요.</translation>
    </message>
    <message>
        <source>Step away from the desk if you can. Your calls can wait.</source>
        <translation>할 수 있다면 잠시 자리에서 벗어나세요. 전화는 조금 기다려도 괜찮습니다.</translation>
    </message>
    <message>
        <source>This time is yours; the next call can wait. Breathe slowly: what you heard was not your fault.</source>
        <translation>이 시간은 온전히 나를 위한 시간입니다. 다음 전화는 기다려도 됩니다. 천천히 숨 쉬세요. 들은 말은 내 탓이 아닙니다.</translation>
    </message>
    <message>
        <source>not available on this system</source>
        <translation>이 시스템에서는 지원하지 않음</translation>
    </message>
    <message>
        <source>no X11 display to ask</source>
        <translation>물어볼 X11 디스플레이가 없음</translation>
    </message>
    <message>
        <source>this is a Wayland session, where X11 cannot see your typing in other windows</source>
        <translation>Wayland 세션이라 X11로는 다른 창에서의 입력을 알 수 없음</translation>
    </message>
    <message>
        <source>a system library is missing (on Debian or Ubuntu: install libxss1)</source>
        <translation>시스템 라이브러리가 없음 (Debian·Ubuntu에서는 libxss1 설치)</translation>
    </message>
    <message>
        <source>the display server does not report idle time</source>
        <translation>디스플레이 서버가 유휴 시간을 알려 주지 않음</translation>
    </message>
    <message>
        <source>no desktop session bus (D-Bus)</source>
        <translation>데스크톱 세션 버스(D-Bus)가 없음</translation>
    </message>
    <message>
        <source>this desktop does not offer an idle monitor</source>
        <translation>이 데스크톱에는 유휴 감지 기능이 없음</translation>
    </message>
    <message>
        <source>a helper program failed</source>
        <translation>보조 프로그램이 실패함</translation>
    </message>
    <message>
        <source>the system did not answer</source>
        <translation>시스템이 응답하지 않음</translation>
    </message>
    <message>
        <source>Idle detection starts once WellCare is unlocked.</source>
        <translation>WellCare 잠금을 풀면 자리 비움 감지가 시작됩니다.</translation>
    </message>
    <message>
        <source>Idle detection is not available: %s. Breaks still come on time; time away is not counted.</source>
        <translation>자리 비움 감지를 쓸 수 없습니다: %s. 휴식은 그대로 제시간에 찾아오지만, 자리를 비운 시간은 휴식으로 세지 않습니다.</translation>
    </message>
    <message>
        <source>WellCare notices when you are away from the keyboard: that time counts as a break.</source>
        <translation>키보드에서 떨어져 있는 시간을 WellCare가 알아채고, 그 시간을 휴식으로 셉니다.</translation>
    </message>
</context>
<context>
    <name>BreaksFeature</name>
    <message numerus="yes">
        <source>Postpone %n min</source>
        <translation>
            <numerusform>%n분 미루기</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the break now</source>
        <translation>지금 휴식 시작하기</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>통화 중</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>휴식 중</translation>
    </message>
    <message>
        <source>No breaks planned</source>
        <translation>예정된 휴식 없음</translation>
    </message>
    <message>
        <source>A break is waiting for your call to end</source>
        <translation>통화가 끝나기를 기다리는 휴식이 있습니다</translation>
    </message>
    <message>
        <source>Break due now</source>
        <translation>지금 휴식할 시간입니다</translation>
    </message>
    <message numerus="yes">
        <source>Next break in %n min</source>
        <translation>
            <numerusform>다음 휴식까지 %n분</numerusform>
        </translation>
    </message>
    <message>
        <source>Next break at %s</source>
        <translation>다음 휴식: %s</translation>
    </message>
    <message>
        <source>Next break: %1 %2</source>
        <translation>다음 휴식: %1 %2</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>나의 하루</translation>
    </message>
</context>
<context>
    <name>BreaksTray</name>
    <message>
        <source>On a break</source>
        <translation>휴식 중</translation>
    </message>
    <message>
        <source>Breaks paused until %s</source>
        <translation>%s까지 휴식 알림을 멈췄습니다</translation>
    </message>
    <message>
        <source>No breaks planned</source>
        <translation>예정된 휴식 없음</translation>
    </message>
    <message>
        <source>A break is waiting for your call to end</source>
        <translation>통화가 끝나기를 기다리는 휴식이 있습니다</translation>
    </message>
    <message>
        <source>Break due now</source>
        <translation>지금 휴식할 시간입니다</translation>
    </message>
    <message>
        <source>Next break in %s</source>
        <translation>다음 휴식까지 %s</translation>
    </message>
    <message numerus="yes">
        <source>Next break in %n min</source>
        <translation>
            <numerusform>다음 휴식까지 %n분</numerusform>
        </translation>
    </message>
    <message>
        <source>Next break at %s</source>
        <translation>다음 휴식: %s</translation>
    </message>
    <message>
        <source>Take a break now</source>
        <translation>지금 휴식하기</translation>
    </message>
    <message>
        <source>Resume breaks (paused until %s)</source>
        <translation>휴식 알림 다시 켜기 (%s까지 멈춤)</translation>
    </message>
    <message numerus="yes">
        <source>%n postpone(s) left for the next break</source>
        <translation>
            <numerusform>다음 휴식은 %n번 더 미룰 수 있습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Pausing breaks is off in your organisation</source>
        <translation>기관 정책상 휴식 알림을 멈출 수 없습니다</translation>
    </message>
    <message>
        <source>Pause breaks for 30 min</source>
        <translation>30분 동안 휴식 알림 멈추기</translation>
    </message>
    <message>
        <source>Pause breaks for 1 hour</source>
        <translation>1시간 동안 휴식 알림 멈추기</translation>
    </message>
    <message>
        <source>Pause breaks until the next shift (%s)</source>
        <translation>다음 근무까지 휴식 알림 멈추기 (%s)</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>휴식</translation>
    </message>
    <message>
        <source>This pause is not allowed any more.</source>
        <translation>이 멈춤은 이제 허용되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>BreathCircle</name>
    <message>
        <source>Breathing guide</source>
        <translation>호흡 안내</translation>
    </message>
</context>
<context>
    <name>BreathingCircle</name>
    <message>
        <source>Breathing guide</source>
        <translation>호흡 안내</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>들이쉬세요</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>내쉬세요</translation>
    </message>
</context>
<context>
    <name>CallBackCard</name>
    <message>
        <source>Your EAP office</source>
        <translation>EAP 상담실</translation>
    </message>
    <message>
        <source>Phone number the EAP office should call</source>
        <translation>EAP 상담실이 전화할 번호</translation>
    </message>
    <message>
        <source>e.g. 010-1234-5678</source>
        <translation>예: 010-1234-5678</translation>
    </message>
    <message>
        <source>Ask the EAP office to call me back</source>
        <translation>EAP 상담실에 전화 요청하기</translation>
    </message>
    <message>
        <source>Call the EAP office at %1 or write to %2. It is confidential.</source>
        <translation>EAP 상담실에 %1로 전화하거나 %2로 메일을 보내세요. 비밀이 보장됩니다.</translation>
    </message>
    <message>
        <source>Call the EAP office at %s. It is confidential.</source>
        <translation>EAP 상담실에 %s로 전화하세요. 비밀이 보장됩니다.</translation>
    </message>
    <message>
        <source>Write to the EAP office at %s. It is confidential.</source>
        <translation>EAP 상담실에 %s로 메일을 보내세요. 비밀이 보장됩니다.</translation>
    </message>
    <message>
        <source>If your workplace has an employee assistance (EAP) office, it can help you in confidence.</source>
        <translation>직장에 근로자 지원(EAP) 상담실이 있다면, 비밀이 보장되는 도움을 받을 수 있습니다.</translation>
    </message>
    <message>
        <source>Please call a crisis line now: %s.</source>
        <translation>지금 위기 상담 전화로 연락해 주세요: %s.</translation>
    </message>
    <message>
        <source>The EAP office can call you back, in confidence. Give the number to call and send the request with one click; none of your answers are included.</source>
        <translation>EAP 상담실이 비밀을 지키며 전화를 드릴 수 있습니다. 받을 전화번호를 적고 한 번만 누르면 요청이 전송됩니다. 답변 내용은 전혀 포함되지 않습니다.</translation>
    </message>
    <message>
        <source>It is closed now, so please call one of the lines above first.</source>
        <translation>지금은 업무 시간이 아니므로, 먼저 위의 전화 중 한 곳으로 연락해 주세요.</translation>
    </message>
    <message>
        <source>You can also call it yourself at %s.</source>
        <translation>%s로 직접 전화하셔도 됩니다.</translation>
    </message>
    <message>
        <source>Your request was sent. It asks the EAP office to call you at %s.</source>
        <translation>요청을 보냈습니다. EAP 상담실에 %s로 전화해 달라고 요청했습니다.</translation>
    </message>
    <message>
        <source>The EAP office has not said how soon it calls back, so if you need to talk to someone now, call one of the lines above.</source>
        <translation>EAP 상담실은 언제 전화할 수 있는지 정해 두지 않았습니다. 지금 누군가와 이야기가 필요하다면 위의 전화 중 한 곳으로 연락하세요.</translation>
    </message>
    <message>
        <source>Waiting to be sent — the shared folder cannot be reached. WellCare keeps your request and sends it as soon as the folder is back.</source>
        <translation>전송 대기 중 — 공유 폴더에 연결할 수 없습니다. WellCare가 요청을 보관하고 있다가 폴더에 다시 연결되면 바로 보냅니다.</translation>
    </message>
    <message>
        <source>The request could not be made.</source>
        <translation>요청을 만들지 못했습니다.</translation>
    </message>
    <message>
        <source>Enter the phone number to call: digits, spaces, +, - and parentheses, at least 7 digits.</source>
        <translation>전화받을 번호를 입력하세요. 숫자, 공백, +, -, 괄호만 쓸 수 있으며 숫자는 7자리 이상이어야 합니다.</translation>
    </message>
</context>
<context>
    <name>CheckInPopup</name>
    <message>
        <source>Check-in</source>
        <translation>마음 점검</translation>
    </message>
    <message>
        <source>How are you right now?</source>
        <translation>지금 기분은 어떠세요?</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Anything to add? (optional)</source>
        <translation>덧붙일 것이 있나요? (선택)</translation>
    </message>
    <message>
        <source>A note for yourself (stays encrypted on this computer)</source>
        <translation>나만 보는 메모 (이 컴퓨터에 암호화되어 보관됩니다)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Keys 1–5 pick a mood · Enter: done</source>
        <translation>1–5 키: 기분 선택 · Enter: 완료</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Saved. Add a tag or a note if you like.</source>
        <translation>저장했습니다. 원하면 태그나 메모를 더하세요.</translation>
    </message>
</context>
<context>
    <name>CoordinatorEnrollmentsFeature</name>
    <message>
        <source>Enrollments</source>
        <translation>참여 신청 현황</translation>
    </message>
</context>
<context>
    <name>CoordinatorInboxFeature</name>
    <message>
        <source>EAP inbox</source>
        <translation>EAP 요청함</translation>
    </message>
    <message numerus="yes">
        <source>%n new request(s) in the EAP inbox.</source>
        <translation>
            <numerusform>EAP 요청함에 새 요청이 %n건 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%d urgent.</source>
        <translation>긴급 %d건.</translation>
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
        <translation>인계 알림</translation>
    </message>
</context>
<context>
    <name>CouncilFeature</name>
    <message>
        <source>Council statistics</source>
        <translation>협의회 통계</translation>
    </message>
</context>
<context>
    <name>CouncilPage</name>
    <message>
        <source>Measures by centre</source>
        <translation>센터별 항목</translation>
    </message>
    <message>
        <source>Trend over quarters</source>
        <translation>분기별 추이</translation>
    </message>
    <message>
        <source>Council statistics</source>
        <translation>협의회 통계</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>분기:</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>분기</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF 내보내기…</translation>
    </message>
    <message>
        <source>Hidden by the centre, or by the council because a centre&apos;s number is hidden</source>
        <translation>센터가 숨겼거나, 어느 센터의 수치가 숨겨져 있어 협의회가 숨긴 값입니다</translation>
    </message>
    <message>
        <source>Definition %1, version %2. Brackets: 95% interval. Grey: hidden (a small group, or one that would let a small group be worked out; a combined number is hidden when any centre&apos;s is). Quarters add up only the weeks shown (≥: some weeks hidden). Not collected: %3.</source>
        <translation>정의 %1, %2판. 괄호: 95% 구간. 회색: 숨김(작은 집단이거나 작은 집단을 알아낼 수 있게 하는 값이며, 어느 한 센터라도 숨기면 합계도 숨깁니다). 분기 값은 공개된 주만 더합니다(≥: 일부 주 숨김). 수집하지 않는 항목: %3.</translation>
    </message>
    <message>
        <source>EAP rows count fixed 4-week blocks (never single weeks): a quarter holds the blocks that end in it, and only blocks a centre&apos;s report covers whole and that are over.</source>
        <translation>EAP 행은 (한 주씩이 아니라) 고정된 4주 묶음 단위로 셉니다. 분기에는 그 분기에 끝나는 묶음이 들어가며, 센터 보고서가 통째로 포함하고 이미 끝난 묶음만 셉니다.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
</context>
<context>
    <name>CrisisBox</name>
    <message>
        <source>Crisis lines</source>
        <translation>위기 상담 전화</translation>
    </message>
    <message>
        <source>If you are in danger or thinking of harming yourself, call now</source>
        <translation>위험하거나 스스로를 해치고 싶은 생각이 든다면 지금 바로 전화하세요</translation>
    </message>
    <message>
        <source>The EAP is not an emergency service: a request may not be read today. These lines answer day and night.</source>
        <translation>EAP는 응급 서비스가 아닙니다. 요청이 오늘 안에 확인되지 않을 수도 있습니다. 아래 번호는 밤낮없이 연결됩니다.</translation>
    </message>
    <message>
        <source>To talk to the EAP office now, in its opening hours: %s</source>
        <translation>운영 시간에 EAP 상담실과 바로 통화하려면: %s</translation>
    </message>
</context>
<context>
    <name>CrisisLinesWindow</name>
    <message>
        <source>Crisis lines</source>
        <translation>위기 상담 전화</translation>
    </message>
    <message>
        <source>If you or someone else is in danger now, call one of these lines.</source>
        <translation>지금 본인이나 다른 사람이 위험하다면 아래 번호 중 하나로 전화하세요.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Summaries received (N)</source>
        <translation>받은 요약 수 (N)</translation>
    </message>
    <message>
        <source>Low or very low wellbeing (WHO-5)</source>
        <translation>웰빙 낮음·매우 낮음 (WHO-5)</translation>
    </message>
    <message>
        <source>High stress (PSS-10)</source>
        <translation>스트레스 높음 (PSS-10)</translation>
    </message>
    <message>
        <source>High client-related burnout (CBI)</source>
        <translation>민원인 관련 소진 높음 (CBI)</translation>
    </message>
    <message>
        <source>At least one hard call in the week</source>
        <translation>그 주에 힘든 통화 1건 이상</translation>
    </message>
    <message>
        <source>Counselling</source>
        <translation>심리 상담</translation>
    </message>
    <message>
        <source>Stress and health</source>
        <translation>스트레스·건강</translation>
    </message>
    <message>
        <source>Legal support</source>
        <translation>법률 지원</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새 요청</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>일정 확정</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>반려</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>상담사가 취소</translation>
    </message>
    <message>
        <source>Reviewed by counsel</source>
        <translation>변호사 검토</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>조치 완료</translation>
    </message>
</context>
<context>
    <name>DashboardCounts</name>
    <message numerus="yes">
        <source>This team cannot be shown on its own in these weeks: it is a group of fewer than %n people, or comparing it with the whole floor would describe one.</source>
        <translation>
            <numerusform>이 기간에는 이 팀만 따로 보여 줄 수 없습니다. %n명 미만인 집단이거나, 전체 현황과 비교하면 그런 집단이 드러나기 때문입니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardFeature</name>
    <message>
        <source>Floor dashboard</source>
        <translation>현황 대시보드</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Floor dashboard</source>
        <translation>현황 대시보드</translation>
    </message>
    <message>
        <source>First week</source>
        <translation>시작 주</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>마지막 주</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV로 내보내기…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF로 내보내기…</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Estimated share in each band per week</source>
        <translation>주별 구간별 추정 비율</translation>
    </message>
    <message>
        <source>Wellbeing and stress</source>
        <translation>웰빙과 스트레스</translation>
    </message>
    <message>
        <source>Shown in the cells</source>
        <translation>칸에 표시할 값</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>열 단위</translation>
    </message>
    <message>
        <source>Single weeks</source>
        <translation>한 주씩</translation>
    </message>
    <message>
        <source>4-week windows</source>
        <translation>4주 구간</translation>
    </message>
    <message>
        <source>Quarters (13 weeks)</source>
        <translation>분기(13주)</translation>
    </message>
    <message>
        <source>Teams by week</source>
        <translation>팀별·주별 현황</translation>
    </message>
    <message>
        <source>Teams × weeks</source>
        <translation>팀 × 주</translation>
    </message>
    <message>
        <source>Hard calls and breaks per week</source>
        <translation>주별 힘든 통화와 휴식</translation>
    </message>
    <message>
        <source>Hard calls and breaks</source>
        <translation>힘든 통화와 휴식</translation>
    </message>
    <message>
        <source>EAP requests by kind and status</source>
        <translation>종류·상태별 EAP 요청</translation>
    </message>
    <message>
        <source>EAP requests</source>
        <translation>EAP 요청</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>Whole floor</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>No anonymous summaries have arrived yet. They come in after each week ends, from counselors who chose to share.</source>
        <translation>아직 도착한 익명 요약이 없습니다. 공유하기로 한 상담사의 요약이 매주 한 주가 끝난 뒤에 들어옵니다.</translation>
    </message>
    <message>
        <source>Share of summaries</source>
        <translation>요약 중 비율</translation>
    </message>
    <message>
        <source>Shaded: 95% interval. ε = %1 per question. N under each week: summaries in the group.</source>
        <translation>음영: 95% 구간. ε = 문항당 %1. 각 주 아래의 N: 해당 집단의 요약 수.</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>숨김</translation>
    </message>
    <message numerus="yes">
        <source>None of these weeks has summaries from at least %n people.</source>
        <translation>
            <numerusform>이 기간에는 요약을 보낸 사람이 %n명 이상인 주가 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hatched: hidden, because the group has fewer than %n people or because it would let such a group be worked out. “≥”: some weeks of the range are hidden and not counted.</source>
        <translation>
            <numerusform>빗금: 숨긴 칸. 집단이 %n명 미만이거나, 그런 집단을 계산해 낼 수 있게 하는 칸입니다. “≥”: 기간 중 일부 주는 숨겨져 더하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted from the ranges sent: hard calls 0, 1, 2–4, 5+ as 0, 1, 3, 5; breaks 0, 1–9, 10–24, 25+ as 0, 5, 17, 25. The open top range makes these, if anything, too low.</source>
        <translation>보내온 범위로 계산했습니다. 힘든 통화 0, 1, 2–4, 5 이상은 0, 1, 3, 5로, 휴식 0, 1–9, 10–24, 25 이상은 0, 5, 17, 25로 셉니다. 맨 위 범위에 상한이 없어 실제보다 낮게 나올 수는 있어도 높게 나오지는 않습니다.</translation>
    </message>
    <message>
        <source>Hard calls per 100 counselor-weeks</source>
        <translation>상담사 100인·주당 힘든 통화</translation>
    </message>
    <message>
        <source>Breaks taken per counselor-week</source>
        <translation>상담사 1인·주당 휴식 횟수</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>No EAP inbox in this profile.</source>
        <translation>이 프로필에는 EAP 요청함이 없습니다.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>주</translation>
    </message>
    <message>
        <source>Teams by %1-week window</source>
        <translation>팀별 %1주 구간 현황</translation>
    </message>
    <message>
        <source>Each column pools %1 weeks (dates: first and last week). A team&apos;s window adds up only its weeks that are shown; “3 of 4 weeks”: the others are hidden and left out. N: summaries in the weeks pooled.</source>
        <translation>각 열은 %1주를 묶은 구간입니다(날짜: 첫 주와 마지막 주). 팀의 구간은 그 팀이 표시된 주만 더합니다. “4주 중 3주”: 나머지 주는 숨겨져 빼 두었습니다. N: 묶은 주의 요약 수.</translation>
    </message>
    <message>
        <source>%1 of %2 weeks</source>
        <translation>%2주 중 %1주</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>추정치</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% 구간</translation>
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
        <translation>모든 항목</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV로 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF로 내보내기</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>The file could not be written: %s</source>
        <translation>파일을 저장하지 못했습니다: %s</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>WellCare floor report</source>
        <translation>WellCare 현황 보고서</translation>
    </message>
    <message>
        <source>Weeks of %1 to %2 · %3</source>
        <translation>%1 ~ %2 주 · %3</translation>
    </message>
    <message numerus="yes">
        <source>Groups under %n people are hidden, and so is any number that would let one be worked out.</source>
        <translation>
            <numerusform>%n명 미만인 집단은 숨기며, 그런 집단을 계산해 낼 수 있게 하는 숫자도 함께 숨깁니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimates from randomized anonymous summaries, with 95% intervals; ε = %1 per counselor per week.</source>
        <translation>무작위화된 익명 요약으로 낸 추정치와 95% 구간입니다. ε = 상담사 1명당 주 %1.</translation>
    </message>
    <message>
        <source>N beside each estimate: summaries in the group that week. Screening bands, not diagnoses.</source>
        <translation>각 추정치 옆의 N: 그 주 해당 집단의 요약 수. 선별 검사 구간이며 진단이 아닙니다.</translation>
    </message>
    <message>
        <source>Made on %s</source>
        <translation>작성일: %s</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message numerus="yes">
        <source>Estimates from randomized summaries (ε = %1 per counselor per week; each week&apos;s summary answers one question with all of it), with 95% intervals. N = summaries in the group that week; groups under %n people are hidden, and so is any number that would let one be worked out.</source>
        <translation>
            <numerusform>무작위화된 요약으로 낸 추정치와 95% 구간입니다(ε = 상담사 1명당 주 %1, 매주 요약은 한 문항에 이를 모두 씁니다). N은 그 주 해당 집단의 요약 수입니다. %n명 미만인 집단은 숨기며, 그런 집단을 계산해 낼 수 있게 하는 숫자도 함께 숨깁니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message numerus="yes">
        <source>Hatched: hidden, because the group has fewer than %n people or because it would let such a group be worked out. “≥”: some 4-week blocks are hidden and not counted.</source>
        <translation>
            <numerusform>빗금: 숨긴 칸. 집단이 %n명 미만이거나, 그런 집단을 계산해 낼 수 있게 하는 칸입니다. “≥”: 일부 4주 묶음은 숨겨져 더하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>EAP requests received in whole 4-week blocks, by kind and status</source>
        <translation>4주 묶음 단위로 받은 EAP 요청 (종류·상태별)</translation>
    </message>
    <message>
        <source>Counted: %1 (EAP requests are counted per fixed 4-week block, never per week).</source>
        <translation>센 기간: %1 (EAP 요청은 주 단위가 아니라 고정된 4주 묶음 단위로만 셉니다).</translation>
    </message>
    <message>
        <source>Left out: %1 (a 4-week block cut by the chosen weeks or not over yet).</source>
        <translation>빠진 기간: %1 (고른 기간에 일부만 들어가거나 아직 끝나지 않은 4주 묶음).</translation>
    </message>
    <message>
        <source>No 4-week block lies wholly in these weeks and is over, so no EAP request is counted (EAP requests are counted per fixed 4-week block, never per week).</source>
        <translation>이 기간에 통째로 들어가면서 이미 끝난 4주 묶음이 없어, 센 EAP 요청이 없습니다 (EAP 요청은 주 단위가 아니라 고정된 4주 묶음 단위로만 셉니다).</translation>
    </message>
    <message>
        <source>too uncertain</source>
        <translation>불확실해 표시 안 함</translation>
    </message>
    <message>
        <source>%1 · %2-week windows</source>
        <translation>%1 · %2주 구간</translation>
    </message>
    <message>
        <source>Single weeks are too noisy here, so the weeks are pooled into windows. Points add up to 100% in each window; bars: 95% interval. A gap: a week of the window is hidden.</source>
        <translation>한 주씩은 오차가 너무 커서 여러 주를 묶은 구간으로 보여 줍니다. 각 구간의 점을 더하면 100%이고, 막대는 95% 구간입니다. 빈 곳: 구간 중 어느 주가 숨겨졌습니다.</translation>
    </message>
</context>
<context>
    <name>DashboardSummary</name>
    <message>
        <source>not shown</source>
        <translation>표시 안 함</translation>
    </message>
    <message>
        <source>too uncertain</source>
        <translation>불확실해 표시 안 함</translation>
    </message>
    <message>
        <source>Getting worse</source>
        <translation>나빠지는 중</translation>
    </message>
    <message>
        <source>Getting better</source>
        <translation>좋아지는 중</translation>
    </message>
    <message>
        <source>Can&apos;t tell yet</source>
        <translation>아직 알 수 없음</translation>
    </message>
    <message>
        <source>Whole floor</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ~ %2</translation>
    </message>
    <message>
        <source>Is it getting worse? Can&apos;t tell yet: these weeks hold only one window to compare.</source>
        <translation>나빠지고 있나요? 아직 알 수 없습니다. 이 기간에는 비교할 구간이 하나뿐입니다.</translation>
    </message>
    <message>
        <source>getting worse: %s</source>
        <translation>나빠지는 중: %s</translation>
    </message>
    <message>
        <source>getting better: %s</source>
        <translation>좋아지는 중: %s</translation>
    </message>
    <message>
        <source>Is it getting worse? No group has clearly changed since the window before (can&apos;t tell yet).</source>
        <translation>나빠지고 있나요? 직전 구간과 비교해 뚜렷하게 달라진 그룹은 없습니다(아직 알 수 없음).</translation>
    </message>
    <message>
        <source>Is it getting worse? Clearly changed since the window before — %s; the others: can&apos;t tell yet.</source>
        <translation>나빠지고 있나요? 직전 구간과 비교해 뚜렷하게 달라졌습니다 — %s. 나머지는 아직 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Who asks for what support? No EAP inbox in this profile.</source>
        <translation>어떤 지원을 요청하나요? 이 프로필에는 EAP 받은편지함이 없습니다.</translation>
    </message>
    <message>
        <source>Who asks for what support? EAP requests in whole 4-week blocks of these weeks are too few to show without pointing at someone (or no whole block is over yet).</source>
        <translation>어떤 지원을 요청하나요? 이 기간의 4주 묶음에 든 EAP 요청은 너무 적어서 누군지 드러내지 않고는 보여 줄 수 없습니다 (또는 아직 끝난 4주 묶음이 없습니다).</translation>
    </message>
    <message>
        <source>Who asks for what support? EAP requests in the whole 4-week blocks of these weeks (%s): %s (“≥”: some blocks are too few to count).</source>
        <translation>어떤 지원을 요청하나요? 이 기간의 온전한 4주 묶음(%s)에 받은 EAP 요청: %s (“≥”: 일부 묶음은 너무 적어 세지 않았습니다).</translation>
    </message>
    <message>
        <source>Latest %1 weeks (%2) compared with the %1 weeks before (%3). Share of summaries, 95% interval in brackets; ▲ clearly higher than before, ▼ clearly lower.</source>
        <translation>최근 %1주(%2)를 그 전 %1주(%3)와 비교합니다. 요약 중 비율이며 괄호 안은 95% 구간입니다. ▲ 전보다 뚜렷하게 높음, ▼ 뚜렷하게 낮음.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>추세</translation>
    </message>
    <message>
        <source>Trend: a two-sided test of the latest window against the one before at 5%, adjusted for the number of teams and measures (Holm), so a false “worse” anywhere is rare.</source>
        <translation>추세: 최근 구간과 직전 구간을 유의수준 5%의 양측 검정으로 비교하고, 팀과 지표의 수만큼 보정(Holm)하므로 잘못된 “나빠지는 중”은 드뭅니다.</translation>
    </message>
    <message>
        <source>“too uncertain”: the 95% interval is wider than %1 points; “not shown”: a week of the window is hidden for this group, or holds older summaries.</source>
        <translation>“불확실해 표시 안 함”: 95% 구간의 폭이 %1%p보다 넓습니다. “표시 안 함”: 구간 중 어느 주가 이 그룹에서 숨겨졌거나 예전 방식의 요약입니다.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
</context>
<context>
    <name>DayPage</name>
    <message>
        <source>My day</source>
        <translation>나의 하루</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Breaks, last two weeks</source>
        <translation>최근 2주간의 휴식</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>휴식함</translation>
    </message>
    <message>
        <source>Away from the desk</source>
        <translation>자리 비움</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>미룸</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>Hard calls per week</source>
        <translation>주별 힘든 통화</translation>
    </message>
    <message>
        <source>Hard calls</source>
        <translation>힘든 통화</translation>
    </message>
    <message>
        <source>Breaks taken: %1 (%2 of them away from the desk). Postponed: %3. Skipped: %4. Break time: %5 min.</source>
        <translation>휴식한 횟수: %1번 (그중 자리 비움 %2번). 미룸: %3번. 건너뜀: %4번. 휴식 시간: %5분.</translation>
    </message>
    <message>
        <source>No breaks in the last two weeks yet. Each break you take or skip adds to this chart.</source>
        <translation>최근 2주간 휴식 기록이 아직 없습니다. 휴식을 하거나 건너뛸 때마다 이 차트에 쌓입니다.</translation>
    </message>
</context>
<context>
    <name>DecompressionSteps</name>
    <message>
        <source>Decompression</source>
        <translation>마음 가라앉히기</translation>
    </message>
    <message>
        <source>Take the headset off and put it down.</source>
        <translation>헤드셋을 벗어 내려놓으세요.</translation>
    </message>
    <message>
        <source>Breathe in for 4, out slowly for 6. Let the out-breath be the long one.</source>
        <translation>넷을 세며 들이쉬고, 여섯을 세며 천천히 내쉬세요. 내쉬는 숨을 더 길게 합니다.</translation>
    </message>
    <message>
        <source>Press your feet into the floor. Name five things you can see.</source>
        <translation>발로 바닥을 꾹 눌러 보세요. 눈에 보이는 것 다섯 가지를 말해 보세요.</translation>
    </message>
    <message>
        <source>Say to yourself: what the caller said was about their situation, not about who I am.</source>
        <translation>스스로에게 말해 주세요. 그 말은 민원인의 상황에서 나온 것이지, 나라는 사람에 대한 말이 아닙니다.</translation>
    </message>
    <message>
        <source>Roll your shoulders, stretch your neck, have some water.</source>
        <translation>어깨를 돌리고 목을 쭉 편 다음, 물을 한 잔 마시세요.</translation>
    </message>
    <message>
        <source>If you feel dizzy, breathe normally.</source>
        <translation>어지러우면 평소대로 숨 쉬세요.</translation>
    </message>
</context>
<context>
    <name>EapFeature</name>
    <message>
        <source>WellCare: important</source>
        <translation>WellCare: 중요 알림</translation>
    </message>
    <message>
        <source>The EAP coordinator&apos;s key has changed. Open WellCare before sending a request.</source>
        <translation>EAP 담당자의 키가 바뀌었습니다. 요청을 보내기 전에 WellCare를 열어 확인하세요.</translation>
    </message>
    <message>
        <source>EAP support</source>
        <translation>EAP 상담</translation>
    </message>
    <message>
        <source>Ask for EAP support…</source>
        <translation>EAP 상담 신청…</translation>
    </message>
    <message>
        <source>WellCare</source>
        <translation>WellCare</translation>
    </message>
    <message>
        <source>A reply arrived: your appointment is %s.</source>
        <translation>답장이 왔습니다. 약속은 %s입니다.</translation>
    </message>
    <message>
        <source>Your request was received.</source>
        <translation>요청이 접수되었습니다.</translation>
    </message>
    <message>
        <source>Your request was marked done.</source>
        <translation>요청이 완료 처리되었습니다.</translation>
    </message>
    <message>
        <source>Your request was closed. Open WellCare to read why.</source>
        <translation>요청이 종료되었습니다. WellCare를 열어 사유를 확인하세요.</translation>
    </message>
    <message>
        <source>Appointment reminder</source>
        <translation>약속 알림</translation>
    </message>
    <message>
        <source>Your appointment is %s.</source>
        <translation>약속은 %s입니다.</translation>
    </message>
</context>
<context>
    <name>EapOffice</name>
    <message>
        <source>EAP office hours: %s.</source>
        <translation>EAP 상담실 업무 시간: %s.</translation>
    </message>
    <message>
        <source>today at %s</source>
        <translation>오늘 %s</translation>
    </message>
    <message>
        <source>tomorrow at %s</source>
        <translation>내일 %s</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The EAP office is open now, until %s.</source>
        <translation>EAP 상담실은 지금 업무 중이며, %s까지 운영합니다.</translation>
    </message>
    <message>
        <source>The EAP office is closed now.</source>
        <translation>EAP 상담실은 지금 업무 시간이 아닙니다.</translation>
    </message>
    <message>
        <source>The EAP office is closed now. It opens again %s.</source>
        <translation>EAP 상담실은 지금 업무 시간이 아닙니다. 다음 업무 시작은 %s입니다.</translation>
    </message>
    <message>
        <source>EAP office phone: %s</source>
        <translation>EAP 상담실 전화: %s</translation>
    </message>
    <message>
        <source>What you tell the EAP office stays confidential. Only if they believe your life, or someone else&apos;s, is in immediate danger may they contact emergency services to keep you safe.</source>
        <translation>EAP 상담실에 말씀하신 내용은 비밀로 지켜집니다. 다만 본인이나 다른 사람의 생명이 당장 위험하다고 판단되는 경우에 한해, 안전을 위해 응급 기관에 연락할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>EapPage</name>
    <message>
        <source>Confidential EAP support</source>
        <translation>비밀이 보장되는 EAP 상담</translation>
    </message>
    <message>
        <source>Ask the Employee Assistance Program for a session: counseling, help with stress and health, or legal support after an abusive call. Asking is confidential and free.</source>
        <translation>근로자지원프로그램(EAP)에 상담을 신청하세요. 심리상담, 스트레스·건강 관리, 폭언 통화 후 법률 지원을 받을 수 있습니다. 신청 내용은 비밀이 보장되며 비용은 없습니다.</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>새 요청…</translation>
    </message>
    <message>
        <source>Your requests</source>
        <translation>내 요청</translation>
    </message>
    <message>
        <source>The EAP is not an emergency service. In a crisis, call: %s</source>
        <translation>EAP는 응급 서비스가 아닙니다. 위기 상황이라면 전화하세요: %s</translation>
    </message>
    <message>
        <source>the EAP coordinator</source>
        <translation>EAP 담당자</translation>
    </message>
    <message>
        <source>Who can read your request</source>
        <translation>내 요청을 읽을 수 있는 사람</translation>
    </message>
    <message>
        <source>Only %s. Your request is sealed on this computer with their key before it leaves, so your supervisor, IT and other counselors cannot read it on the way.</source>
        <translation>%s만 읽을 수 있습니다. 요청은 이 컴퓨터를 떠나기 전에 담당자의 키로 봉인되므로, 관리자나 전산팀, 다른 상담사는 전달 과정에서 내용을 볼 수 없습니다.</translation>
    </message>
    <message>
        <source>Key fingerprint: %s</source>
        <translation>키 지문: %s</translation>
    </message>
    <message>
        <source>The EAP coordinator&apos;s key has changed</source>
        <translation>EAP 담당자의 키가 바뀌었습니다</translation>
    </message>
    <message>
        <source>The organisation policy now names a different key than the one this computer trusted. That happens when the EAP office gets a new computer, but it could also mean someone is trying to read requests. Sending is paused until you check the new fingerprint with the EAP office (by phone or in person).</source>
        <translation>조직 정책에 이 컴퓨터가 신뢰해 온 키와 다른 키가 적혀 있습니다. EAP 상담실이 컴퓨터를 바꾼 경우일 수 있지만, 누군가 요청을 엿보려는 것일 수도 있습니다. 새 키 지문을 EAP 상담실에 (전화나 대면으로) 확인할 때까지 전송을 멈춥니다.</translation>
    </message>
    <message>
        <source>Trusted until now: %s</source>
        <translation>지금까지 신뢰한 키: %s</translation>
    </message>
    <message>
        <source>New key: %s</source>
        <translation>새 키: %s</translation>
    </message>
    <message>
        <source>The EAP office confirmed this fingerprint: trust the new key…</source>
        <translation>EAP 상담실에서 이 지문을 확인해 주었습니다: 새 키 신뢰…</translation>
    </message>
    <message>
        <source>The EAP keys in your organisation&apos;s policy are not valid, so WellCare will not send anything. Please tell your IT team.</source>
        <translation>조직 정책에 있는 EAP 키가 올바르지 않아 WellCare는 아무것도 보내지 않습니다. 전산팀에 알려 주세요.</translation>
    </message>
    <message>
        <source>Your organisation has not set up confidential requests in WellCare, so nothing can be sent from here.</source>
        <translation>조직에서 WellCare의 비밀 요청 기능을 설정하지 않아 여기서는 요청을 보낼 수 없습니다.</translation>
    </message>
    <message>
        <source>You can contact the EAP office directly: %s</source>
        <translation>EAP 상담실에 직접 연락할 수 있습니다: %s</translation>
    </message>
    <message>
        <source>Ask your HR team how to reach the EAP office.</source>
        <translation>EAP 상담실 연락처는 인사팀에 문의하세요.</translation>
    </message>
    <message>
        <source>Cancel the request?</source>
        <translation>요청을 취소할까요?</translation>
    </message>
    <message>
        <source>The EAP office will be told that you cancelled it. You can always send a new request.</source>
        <translation>취소했다는 사실이 EAP 상담실에 전달됩니다. 언제든 새 요청을 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>Trust the new key?</source>
        <translation>새 키를 신뢰할까요?</translation>
    </message>
    <message>
        <source>Only continue if the EAP office told you this exact fingerprint:

%s

Requests will then be sealed to the new key.</source>
        <translation>EAP 상담실에서 알려 준 지문이 정확히 아래와 같을 때만 계속하세요.

%s

이후 요청은 새 키로 봉인됩니다.</translation>
    </message>
    <message>
        <source>The shared folder is set up too openly</source>
        <translation>공유 폴더의 권한이 너무 넓게 설정되어 있습니다</translation>
    </message>
    <message>
        <source>Please tell your IT team. WellCare&apos;s set-up guide lists the permissions each folder needs (DEPLOYMENT.md, &quot;Exchange share permissions&quot;).</source>
        <translation>전산팀에 알려 주세요. WellCare 설치 안내서(DEPLOYMENT.md의 &quot;Exchange share permissions&quot;)에 폴더마다 필요한 권한이 나와 있습니다.</translation>
    </message>
    <message>
        <source>More: check the key with the EAP office</source>
        <translation>자세히: EAP 상담실과 키 확인하기</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>요청 취소</translation>
    </message>
    <message>
        <source>Keep the request</source>
        <translation>요청 유지</translation>
    </message>
</context>
<context>
    <name>EapTexts</name>
    <message>
        <source>Stress and health management</source>
        <translation>스트레스·건강 관리</translation>
    </message>
    <message>
        <source>Legal support after an abusive call</source>
        <translation>폭언 통화 후 법률 지원</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Routine: within about two weeks</source>
        <translation>보통: 2주 이내</translation>
    </message>
    <message>
        <source>Soon: this week</source>
        <translation>빠르게: 이번 주 안</translation>
    </message>
    <message>
        <source>Urgent: as soon as possible</source>
        <translation>긴급: 가능한 한 빨리</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>빠르게</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>긴급</translation>
    </message>
    <message>
        <source>Weekday mornings</source>
        <translation>평일 오전</translation>
    </message>
    <message>
        <source>Lunch break</source>
        <translation>점심시간</translation>
    </message>
    <message>
        <source>Weekday afternoons</source>
        <translation>평일 오후</translation>
    </message>
    <message>
        <source>After my shift</source>
        <translation>근무 후</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>토요일</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>언제든지</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>문자 메시지</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Company messenger</source>
        <translation>사내 메신저</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>전송 대기</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>전송됨</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>접수됨</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>일정 확정</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새 요청</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>반려</translation>
    </message>
    <message>
        <source>Cancelled by the counselor</source>
        <translation>상담사가 취소함</translation>
    </message>
    <message>
        <source>it was not signed with the EAP office&apos;s key</source>
        <translation>EAP 상담실의 키로 서명되지 않았기</translation>
    </message>
    <message>
        <source>it was altered or not addressed to you</source>
        <translation>변조되었거나 나에게 온 것이 아니었기</translation>
    </message>
    <message>
        <source>it was damaged or in an unknown format</source>
        <translation>손상되었거나 알 수 없는 형식이었기</translation>
    </message>
    <message>
        <source>today at %s</source>
        <translation>오늘 %s</translation>
    </message>
    <message>
        <source>tomorrow at %s</source>
        <translation>내일 %s</translation>
    </message>
    <message>
        <source>Counselors can see the list of files in the EAP inbox. Nobody can read a sealed request, but anyone could see that someone asked for help, and when.</source>
        <translation>상담사들이 EAP 요청함의 파일 목록을 볼 수 있습니다. 봉인된 요청은 아무도 읽을 수 없지만, 누군가 도움을 요청했다는 사실과 그 시각은 누구나 알 수 있습니다.</translation>
    </message>
    <message>
        <source>This computer may not add files to the EAP inbox, so requests cannot be sent. They wait on this computer until the folder is fixed.</source>
        <translation>이 컴퓨터는 EAP 요청함에 파일을 넣을 권한이 없어 요청을 보낼 수 없습니다. 폴더가 고쳐질 때까지 요청은 이 컴퓨터에서 보내기를 기다립니다.</translation>
    </message>
    <message>
        <source>Counselors can add or delete files in the replies folder, where the EAP office&apos;s answers arrive.</source>
        <translation>상담사들이 EAP 상담실의 답장이 도착하는 답장 폴더에 파일을 추가하거나 지울 수 있습니다.</translation>
    </message>
    <message>
        <source>Counselors can add or delete files in the offers folder. WellCare only shows offers signed by the EAP office, but the folder should be the office&apos;s alone.</source>
        <translation>상담사들이 프로그램 폴더에 파일을 추가하거나 지울 수 있습니다. WellCare는 EAP 상담실이 서명한 프로그램만 보여 주지만, 이 폴더는 EAP 상담실만 쓸 수 있어야 합니다.</translation>
    </message>
    <message>
        <source>Reviewed by counsel</source>
        <translation>변호사 검토</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>조치 완료</translation>
    </message>
    <message>
        <source>A session with an EAP therapist</source>
        <translation>EAP 상담 전문가와 상담</translation>
    </message>
</context>
<context>
    <name>EditIncidentDialog</name>
    <message>
        <source>Edit the note</source>
        <translation>메모 고치기</translation>
    </message>
    <message>
        <source>Call reference</source>
        <translation>통화 식별번호</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Enroll</source>
        <translation>참여 신청</translation>
    </message>
    <message>
        <source>the EAP office</source>
        <translation>EAP 상담실</translation>
    </message>
    <message>
        <source>Your enrollment is sealed so that only %s can read it; your team leader does not see it. Share only what you want them to know.</source>
        <translation>참여 신청은 %s만 열어 볼 수 있도록 봉인되며, 팀장은 볼 수 없습니다. 알리고 싶은 내용만 적어 주세요.</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>이름 (선택)</translation>
    </message>
    <message>
        <source>Phone, extension or e-mail</source>
        <translation>전화번호, 내선 번호 또는 이메일</translation>
    </message>
    <message>
        <source>How to reach you</source>
        <translation>연락 방법</translation>
    </message>
    <message>
        <source>For example: dietary needs, accessibility, questions</source>
        <translation>예: 식단 관련 요청, 접근성 관련 필요, 궁금한 점</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>메모 (선택)</translation>
    </message>
    <message>
        <source>Give a name or a way to reach you, so the EAP office can confirm your place.</source>
        <translation>EAP 상담실에서 자리를 확정해 드릴 수 있도록 이름이나 연락 방법을 적어 주세요.</translation>
    </message>
    <message>
        <source>Send enrollment</source>
        <translation>신청 보내기</translation>
    </message>
    <message>
        <source>Please remove unusual characters from what you typed.</source>
        <translation>입력한 내용에서 특수한 제어 문자를 지워 주세요.</translation>
    </message>
    <message>
        <source>Add a name or a way to reach you.</source>
        <translation>이름이나 연락 방법을 적어 주세요.</translation>
    </message>
</context>
<context>
    <name>EnrollmentsPage</name>
    <message>
        <source>Enrollments in the organisation&apos;s offers</source>
        <translation>기관 프로그램 참여 신청 현황</translation>
    </message>
    <message>
        <source>Who enrolled in each offer, with only what they chose to share. Places go in the order enrollments arrive; counselors&apos; apps see the seats left and whether they have a place.</source>
        <translation>프로그램마다 누가 신청했는지, 상담사가 공유하기로 한 내용만 보여 줍니다. 자리는 신청이 도착한 순서대로 배정되며, 상담사 앱에는 남은 자리와 본인의 자리 확정 여부가 표시됩니다.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>다시 확인</translation>
    </message>
    <message>
        <source>Check the enrollments again</source>
        <translation>참여 신청을 다시 확인</translation>
    </message>
    <message>
        <source>Reading the offers folder…</source>
        <translation>프로그램 폴더를 읽는 중…</translation>
    </message>
    <message>
        <source>Set up the EAP inbox first; enrollments arrive through it.</source>
        <translation>먼저 EAP 수신함을 설정하세요. 참여 신청은 수신함으로 들어옵니다.</translation>
    </message>
    <message>
        <source>The offers folder cannot be read right now, so offers are shown by their id only.</source>
        <translation>지금은 프로그램 폴더를 읽을 수 없어 프로그램을 ID로만 표시합니다.</translation>
    </message>
    <message>
        <source>No offers are published and nobody has enrolled yet.</source>
        <translation>게시된 프로그램이 없고 아직 신청한 사람도 없습니다.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Why it helps</source>
        <translation>도움이 되는 이유</translation>
    </message>
    <message>
        <source>References</source>
        <translation>참고 문헌</translation>
    </message>
</context>
<context>
    <name>EvidenceReport</name>
    <message>
        <source>Hard-call evidence report</source>
        <translation>힘든 통화 증거 보고서</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>있었던 일</translation>
    </message>
    <message>
        <source>How it affected the counselor</source>
        <translation>상담사가 받은 영향</translation>
    </message>
    <message>
        <source>Call reference</source>
        <translation>통화 식별번호</translation>
    </message>
    <message>
        <source>Recovery break started</source>
        <translation>시작한 회복 휴식</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Note last edited</source>
        <translation>메모 마지막 수정</translation>
    </message>
    <message>
        <source>Produced on %s at the counselor&apos;s request. It contains only the incidents they chose: %d, from %s to %s.</source>
        <translation>이 보고서는 상담사의 요청에 따라 %s에 만들어졌습니다. 상담사가 고른 사건만 담겨 있습니다: %d건, %s부터 %s까지.</translation>
    </message>
    <message>
        <source>Incident %d of %d</source>
        <translation>사건 %d (총 %d건 중)</translation>
    </message>
    <message>
        <source>Each incident was recorded by the counselor in WellCare on their own computer, at the time shown (local time, with its offset from UTC). Notes are in the counselor&apos;s own words.</source>
        <translation>각 기록은 상담사가 자신의 컴퓨터에서 WellCare로, 표시된 시각(현지 시각과 UTC와의 시차)에 남긴 것입니다. 메모는 상담사가 직접 쓴 말입니다.</translation>
    </message>
    <message>
        <source>Name and department (optional)</source>
        <translation>이름과 부서 (선택)</translation>
    </message>
    <message>
        <source>Measures requested (optional: e.g. a break, a change of duties, legal support, reporting to the police)</source>
        <translation>요청하는 조치 (선택: 예: 휴식, 업무 전환, 법률 지원, 고소·고발 지원)</translation>
    </message>
</context>
<context>
    <name>ExerciseCard</name>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Start %s</source>
        <translation>%s 시작</translation>
    </message>
    <message>
        <source>Why it helps</source>
        <translation>도움이 되는 이유</translation>
    </message>
    <message>
        <source>Why it helps: %s</source>
        <translation>도움이 되는 이유: %s</translation>
    </message>
</context>
<context>
    <name>ExercisePlayer</name>
    <message>
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>그만하기</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>처음부터 다시</translation>
    </message>
    <message>
        <source>Sound cue</source>
        <translation>소리 알림</translation>
    </message>
    <message>
        <source>A soft sound when the next step begins</source>
        <translation>다음 단계가 시작될 때 작은 소리로 알려 줍니다</translation>
    </message>
    <message>
        <source>Space: pause or resume · Esc: stop</source>
        <translation>스페이스: 일시정지·다시 시작 · Esc: 그만하기</translation>
    </message>
    <message>
        <source>Good thing %d</source>
        <translation>좋은 일 %d</translation>
    </message>
    <message>
        <source>Why it went well (optional)</source>
        <translation>잘된 이유 (선택)</translation>
    </message>
    <message>
        <source>Why good thing %d went well</source>
        <translation>좋은 일 %d: 잘된 이유</translation>
    </message>
    <message>
        <source>Kept only in your encrypted vault on this computer.</source>
        <translation>이 컴퓨터의 암호화된 보관함에만 저장됩니다.</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>마쳤습니다</translation>
    </message>
    <message>
        <source>Well done. Take a moment before you go back.</source>
        <translation>잘하셨습니다. 돌아가기 전에 잠시 숨을 고르세요.</translation>
    </message>
    <message>
        <source>%s practised</source>
        <translation>%s 동안 연습했습니다</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>멈췄습니다</translation>
    </message>
    <message>
        <source>You can start again whenever you like.</source>
        <translation>원할 때 언제든 다시 시작할 수 있습니다.</translation>
    </message>
    <message>
        <source>Step %d of %d</source>
        <translation>%d / %d 단계</translation>
    </message>
    <message>
        <source>Round %d of %d</source>
        <translation>%d / %d회</translation>
    </message>
    <message>
        <source>Take your time</source>
        <translation>천천히 하세요</translation>
    </message>
    <message>
        <source>Paused · %s left</source>
        <translation>일시정지됨 · %s 남음</translation>
    </message>
    <message>
        <source>%s left</source>
        <translation>%s 남음</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>다시 시작</translation>
    </message>
</context>
<context>
    <name>HardCallDialog</name>
    <message>
        <source>I just had a hard call</source>
        <translation>방금 힘든 통화가 있었어요</translation>
    </message>
    <message>
        <source>That sounded hard.</source>
        <translation>많이 힘드셨지요.</translation>
    </message>
    <message numerus="yes">
        <source>Note it in two clicks, then take a protected %n-minute break. Only you can see this record.</source>
        <translation>
            <numerusform>두 번만 누르면 기록되고, 보호받는 %n분 휴식이 시작됩니다. 이 기록은 나만 볼 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>1. What happened?</source>
        <translation>1. 어떤 일이 있었나요?</translation>
    </message>
    <message>
        <source>e.g. the call ID in your phone system</source>
        <translation>예: 전화 시스템의 콜 ID</translation>
    </message>
    <message>
        <source>Call reference (optional)</source>
        <translation>통화 식별번호 (선택)</translation>
    </message>
    <message>
        <source>What was said, in your own words, if you want</source>
        <translation>원하시면 들은 말을 내 말로 적어 두세요</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>메모 (선택)</translation>
    </message>
    <message>
        <source>2. How did it affect you?</source>
        <translation>2. 지금 마음은 어떠세요?</translation>
    </message>
    <message>
        <source>Choose what happened first.</source>
        <translation>먼저 어떤 일이 있었는지 골라 주세요.</translation>
    </message>
    <message>
        <source>Choosing one saves it and starts your break.</source>
        <translation>하나를 고르면 저장되고 휴식이 시작됩니다.</translation>
    </message>
    <message>
        <source>Saved. Now look after yourself.</source>
        <translation>저장했어요. 이제 나를 돌볼 시간입니다.</translation>
    </message>
    <message>
        <source>Take your break now.</source>
        <translation>지금 휴식하세요.</translation>
    </message>
    <message>
        <source>This call could not be saved: %s Your break starts anyway.</source>
        <translation>이 통화를 저장하지 못했습니다: %s 그래도 휴식은 시작됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>Your protected %n-minute break has started, with a decompression exercise.</source>
        <translation>
            <numerusform>보호받는 %n분 휴식이 마음 가라앉히기 연습과 함께 시작되었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open my journal</source>
        <translation>내 기록 열기</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>A caller in crisis can stay with you after the call ends. Consider a short debrief: talk it through with your team leader or the EAP office today.</source>
        <translation>위기 상황의 민원인과 나눈 통화는 끝난 뒤에도 마음에 남을 수 있습니다. 오늘 중에 팀장이나 EAP 상담실과 짧게 이야기를 나눠 보세요.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>My trends</source>
        <translation>나의 변화</translation>
    </message>
    <message>
        <source>How your self-checks and daily mood move over time. The shaded bands are the result ranges.</source>
        <translation>자가 점검 결과와 하루하루의 기분이 어떻게 달라지는지 보여 줍니다. 색칠된 띠는 결과 구간입니다.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>보기:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Nothing here yet. Take a self-check or a quick check-in, and your results will appear here.</source>
        <translation>아직 기록이 없습니다. 자가 점검이나 빠른 마음 점검을 하면 여기에 결과가 나타납니다.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Double-click a result (or press Enter) to read it again.</source>
        <translation>결과를 두 번 클릭하거나 Enter 키를 누르면 다시 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Daily mood (check-ins)</source>
        <translation>하루 기분 (마음 점검)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Daily mood</source>
        <translation>하루 기분</translation>
    </message>
    <message>
        <source>Mood (1–5)</source>
        <translation>기분 (1–5)</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>기분</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Questionnaire version</source>
        <translation>설문 버전</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>마음 점검</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV 스프레드시트 (*.csv)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Export my history</source>
        <translation>내 기록 내보내기</translation>
    </message>
    <message>
        <source>The file could not be written: %s</source>
        <translation>파일을 저장하지 못했습니다: %s</translation>
    </message>
    <message>
        <source>Saved your history to %s.</source>
        <translation>기록을 %s에 저장했습니다.</translation>
    </message>
    <message>
        <source>Exported on %s.</source>
        <translation>내보낸 날짜: %s</translation>
    </message>
    <message>
        <source>My WellCare self-check history</source>
        <translation>나의 WellCare 자가 점검 기록</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
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
        <translation>보관함의 키는 이 컴퓨터의 비밀번호 저장소에 보관됩니다.</translation>
    </message>
    <message>
        <source>It opens only with your passphrase.</source>
        <translation>보관함은 내 암호 문구로만 열립니다.</translation>
    </message>
    <message>
        <source>Everything you enter stays in an encrypted vault on this computer.</source>
        <translation>입력하신 모든 내용은 이 컴퓨터의 암호화된 보관함에만 저장됩니다.</translation>
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
    <message>
        <source>Welcome to WellCare</source>
        <translation>WellCare를 시작합니다</translation>
    </message>
    <message>
        <source>Good to see you again</source>
        <translation>오늘도 반갑습니다</translation>
    </message>
    <message>
        <source>Next break</source>
        <translation>다음 휴식</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>나의 하루</translation>
    </message>
    <message>
        <source>Done at %s. Thank you for taking a moment.</source>
        <translation>%s에 마쳤습니다. 잠시 마음을 살펴 주셔서 고맙습니다.</translation>
    </message>
    <message>
        <source>Today&apos;s check-in</source>
        <translation>오늘의 마음 점검</translation>
    </message>
    <message>
        <source>Check in again</source>
        <translation>다시 점검하기</translation>
    </message>
    <message>
        <source>Not done yet. It takes a few seconds.</source>
        <translation>아직 하지 않았습니다. 몇 초면 됩니다.</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>지금 점검하기</translation>
    </message>
    <message>
        <source>Self-checks</source>
        <translation>자가 점검</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>오늘 할 점검은 없습니다.</translation>
    </message>
    <message>
        <source>Due now: %s</source>
        <translation>지금 할 점검: %s</translation>
    </message>
    <message>
        <source>Start %s</source>
        <translation>%s 시작</translation>
    </message>
    <message>
        <source>New offers</source>
        <translation>새 기관 프로그램</translation>
    </message>
    <message>
        <source>Nothing new from the EAP office.</source>
        <translation>EAP 상담실에서 새로 온 안내가 없습니다.</translation>
    </message>
    <message>
        <source>See the offers</source>
        <translation>프로그램 보기</translation>
    </message>
    <message>
        <source>The inbox has not been read yet.</source>
        <translation>아직 요청함을 읽지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s) taken in.</source>
        <translation>
            <numerusform>%1: 파일 %n개를 받았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>마지막 가져오기</translation>
    </message>
    <message>
        <source>EAP replies</source>
        <translation>EAP 답장</translation>
    </message>
    <message>
        <source>No new replies.</source>
        <translation>새 답장이 없습니다.</translation>
    </message>
    <message>
        <source>Your request was received</source>
        <translation>신청이 접수되었습니다</translation>
    </message>
    <message>
        <source>Your request was marked done</source>
        <translation>신청이 완료 처리되었습니다</translation>
    </message>
    <message>
        <source>Your request was closed; open it to read why</source>
        <translation>신청이 종료되었습니다. 열어서 이유를 확인하세요</translation>
    </message>
    <message>
        <source>Your appointment: %s</source>
        <translation>상담 약속: %s</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Open EAP support</source>
        <translation>EAP 상담 열기</translation>
    </message>
    <message>
        <source>New requests</source>
        <translation>새 신청</translation>
    </message>
    <message>
        <source>No new requests.</source>
        <translation>새 신청이 없습니다.</translation>
    </message>
    <message>
        <source>Open the EAP inbox</source>
        <translation>EAP 요청함 열기</translation>
    </message>
    <message numerus="yes">
        <source>%n new request(s)</source>
        <translation>
            <numerusform>새 신청 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n urgent</source>
        <translation>
            <numerusform>긴급 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Urgent · %1 · %2 · request %3</source>
        <translation>긴급 · %1 · %2 · 신청 %3</translation>
    </message>
    <message>
        <source>%1 · %2 · request %3</source>
        <translation>%1 · %2 · 신청 %3</translation>
    </message>
    <message>
        <source>The offers folder has not been read yet.</source>
        <translation>아직 프로그램 폴더를 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>No offers are published.</source>
        <translation>게시된 프로그램이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n taken, no seat limit</source>
        <translation>
            <numerusform>%n명 신청, 인원 제한 없음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n taken</source>
        <translation>
            <numerusform>%n자리 찼음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n자리 남음</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>참여 신청 현황</translation>
    </message>
    <message>
        <source>Open enrollments</source>
        <translation>참여 신청 현황 열기</translation>
    </message>
    <message>
        <source>You are on a break.</source>
        <translation>휴식 중입니다.</translation>
    </message>
    <message>
        <source>A break is waiting for your call to end.</source>
        <translation>통화가 끝나면 휴식이 시작됩니다.</translation>
    </message>
    <message>
        <source>No breaks planned.</source>
        <translation>예정된 휴식이 없습니다.</translation>
    </message>
    <message>
        <source>Due now.</source>
        <translation>지금 쉴 시간입니다.</translation>
    </message>
    <message>
        <source>In %s</source>
        <translation>%s 후</translation>
    </message>
    <message>
        <source>At %s</source>
        <translation>%s에</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>EAP inbox</source>
        <translation>EAP 요청함</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>지금 확인</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>긴급도</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>접수 시각</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>요청 목록</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>요청 상세 정보</translation>
    </message>
    <message>
        <source>No requests yet. New ones appear here as soon as they arrive.</source>
        <translation>아직 요청이 없습니다. 새 요청이 도착하면 바로 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Keys: %s</source>
        <translation>키: %s</translation>
    </message>
    <message>
        <source>last checked %s</source>
        <translation>마지막 확인 %s</translation>
    </message>
    <message>
        <source>%d open, %d new, %d urgent</source>
        <translation>진행 %d건, 새 요청 %d건, 긴급 %d건</translation>
    </message>
    <message>
        <source>the exchange folder cannot be read right now</source>
        <translation>지금은 교환 폴더를 읽을 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n reply/replies waiting to be written</source>
        <translation>
            <numerusform>기록을 기다리는 답장 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the inbox were refused and moved to quarantine (%1).</source>
        <translation>
            <numerusform>요청함의 파일 %n개가 거부되어 격리 폴더로 옮겨졌습니다 (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Policy file for IT: %s</source>
        <translation>전산팀에 전달할 정책 파일: %s</translation>
    </message>
    <message>
        <source>Coordinator mode is not set up yet.</source>
        <translation>담당자 모드가 아직 설정되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>있었던 일</translation>
    </message>
    <message>
        <source>How it affected me</source>
        <translation>받은 영향</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Call reference</source>
        <translation>통화 식별번호</translation>
    </message>
</context>
<context>
    <name>IncidentTexts</name>
    <message>
        <source>Verbal abuse</source>
        <translation>폭언</translation>
    </message>
    <message>
        <source>Sexual harassment</source>
        <translation>성희롱</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>위협</translation>
    </message>
    <message>
        <source>Repeated unreasonable demands</source>
        <translation>반복적인 무리한 요구</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Shaken</source>
        <translation>마음이 흔들려요</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>화가 나요</translation>
    </message>
    <message>
        <source>Afraid</source>
        <translation>무서워요</translation>
    </message>
    <message>
        <source>Drained</source>
        <translation>지쳤어요</translation>
    </message>
    <message>
        <source>Okay for now</source>
        <translation>지금은 괜찮아요</translation>
    </message>
    <message>
        <source>I&apos;d rather not say</source>
        <translation>말하고 싶지 않아요</translation>
    </message>
    <message>
        <source>Caller in crisis (suicidal or isolated)</source>
        <translation>위기 상황의 민원인 (자살 위험·고립)</translation>
    </message>
    <message>
        <source>Chat or message</source>
        <translation>채팅·문자</translation>
    </message>
</context>
<context>
    <name>IncidentsFeature</name>
    <message>
        <source>Hard calls</source>
        <translation>힘든 통화</translation>
    </message>
    <message>
        <source>I just had a hard call…</source>
        <translation>방금 힘든 통화가 있었어요…</translation>
    </message>
    <message>
        <source>hard-call-report</source>
        <translation>힘든통화-보고서</translation>
    </message>
    <message>
        <source>Save the evidence report</source>
        <translation>증거 보고서 저장</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Evidence report</source>
        <translation>증거 보고서</translation>
    </message>
    <message>
        <source>The report could not be saved there. Please choose another place.

%s</source>
        <translation>그 위치에 보고서를 저장하지 못했습니다. 다른 곳을 골라 주세요.

%s</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>파일을 바꿀까요?</translation>
    </message>
    <message>
        <source>%s already exists. Replace it?</source>
        <translation>%s 파일이 이미 있습니다. 바꿀까요?</translation>
    </message>
    <message>
        <source>the EAP office</source>
        <translation>EAP 상담실</translation>
    </message>
</context>
<context>
    <name>IntroScreen</name>
    <message numerus="yes">
        <source>%n question(s) · about %1 min</source>
        <translation>
            <numerusform>%n문항 · 약 %1분</numerusform>
        </translation>
    </message>
    <message>
        <source>Time frame: %s</source>
        <translation>기간: %s</translation>
    </message>
    <message>
        <source>Keyboard: the number shown next to each answer is its score; number keys %1–%2 choose it, Enter goes on, Backspace goes back, Esc pauses.</source>
        <translation>키보드: 각 답 옆의 숫자가 그 답의 점수이며, 숫자 %1–%2 키로 그 답을 고릅니다. Enter는 다음, Backspace는 이전, Esc는 잠시 멈춤입니다.</translation>
    </message>
    <message>
        <source>This questionnaire&apos;s ranges differ for women and men. You are:</source>
        <translation>이 설문은 여성과 남성의 결과 구간이 다릅니다. 해당하는 쪽을 골라 주세요:</translation>
    </message>
    <message>
        <source>A woman</source>
        <translation>여성</translation>
    </message>
    <message>
        <source>A man</source>
        <translation>남성</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>이어서 하기</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>처음부터 다시</translation>
    </message>
    <message>
        <source>Back to self-checks</source>
        <translation>자가 점검 목록으로</translation>
    </message>
    <message numerus="yes">
        <source>You started this on %1 and answered %2 of %n question(s). Your answers so far are saved.</source>
        <translation>
            <numerusform>%1에 시작해서 %n문항 중 %2문항에 답했습니다. 지금까지의 답변은 저장되어 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemScreen</name>
    <message>
        <source>Back</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>잠시 멈춤</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>%1 · question %2 of %3</source>
        <translation>%1 · %3문항 중 %2번째</translation>
    </message>
    <message>
        <source>Keys %1–%2 choose · Enter: next · Backspace: back · Esc: pause</source>
        <translation>%1–%2 키: 답 고르기 · Enter: 다음 · Backspace: 이전 · Esc: 잠시 멈춤</translation>
    </message>
    <message>
        <source>See my result</source>
        <translation>결과 보기</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <source>My good things</source>
        <translation>나의 좋은 일</translation>
    </message>
    <message>
        <source>Kept only in your encrypted vault on this computer.</source>
        <translation>이 컴퓨터의 암호화된 보관함에만 저장됩니다.</translation>
    </message>
    <message>
        <source>Nothing here yet. The &apos;Three good things&apos; exercise adds to it.</source>
        <translation>아직 적은 내용이 없습니다. &apos;세 가지 좋은 일&apos; 연습을 하면 여기에 쌓입니다.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Hard calls</source>
        <translation>힘든 통화</translation>
    </message>
    <message>
        <source>Only you can see this journal: it is kept in your encrypted vault. Nothing here is sent to your employer or the EAP office unless you choose to send it.</source>
        <translation>이 기록은 나만 볼 수 있으며 암호화된 보관함에 보관됩니다. 내가 보내기로 하지 않는 한 회사나 EAP 상담실에는 아무것도 전달되지 않습니다.</translation>
    </message>
    <message>
        <source>I just had a hard call…</source>
        <translation>방금 힘든 통화가 있었어요…</translation>
    </message>
    <message>
        <source>Shortcut: %s</source>
        <translation>단축키: %s</translation>
    </message>
    <message>
        <source>or press %s anywhere in WellCare, or use the tray menu.</source>
        <translation>WellCare 어디서나 %s 키를 누르거나 트레이 메뉴를 써도 됩니다.</translation>
    </message>
    <message>
        <source>Nothing logged yet. When a call is hard, log it here and take your break.</source>
        <translation>아직 기록이 없습니다. 힘든 통화가 있으면 여기에 기록하고 휴식하세요.</translation>
    </message>
    <message>
        <source>Logged hard calls</source>
        <translation>기록한 힘든 통화</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>메모 고치기…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Choose all</source>
        <translation>모두 고르기</translation>
    </message>
    <message>
        <source>Evidence report (PDF)…</source>
        <translation>증거 보고서 (PDF)…</translation>
    </message>
    <message>
        <source>A PDF of the incidents you ticked, saved where you choose.</source>
        <translation>체크한 사건만 담은 PDF를 내가 고른 곳에 저장합니다.</translation>
    </message>
    <message>
        <source>Choose none</source>
        <translation>모두 해제</translation>
    </message>
    <message>
        <source>Delete this incident?</source>
        <translation>이 기록을 삭제할까요?</translation>
    </message>
    <message>
        <source>Delete the hard call of %s (%s) and its note? This cannot be undone.</source>
        <translation>%s의 힘든 통화(%s)와 메모를 삭제할까요? 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Report saved: %s</source>
        <translation>보고서를 저장했습니다: %s</translation>
    </message>
    <message>
        <source>Click a row or its box to choose it: Edit and Delete act on one, the report on all. Chosen: %d</source>
        <translation>행이나 체크 상자를 눌러 고르세요. 수정과 삭제는 하나를 고를 때, 보고서는 고른 기록 모두에 적용됩니다. 고른 기록: %d</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>남겨 두기</translation>
    </message>
</context>
<context>
    <name>LegalAttachments</name>
    <message>
        <source>What happened: %s</source>
        <translation>있었던 일: %s</translation>
    </message>
    <message>
        <source>How it affected me: %s</source>
        <translation>내가 받은 영향: %s</translation>
    </message>
    <message>
        <source>Call reference: %s</source>
        <translation>통화 식별번호: %s</translation>
    </message>
    <message>
        <source>Note: %s</source>
        <translation>메모: %s</translation>
    </message>
    <message>
        <source>Please keep the call recording. Call reference: %1. Time of the call: %2.</source>
        <translation>통화 녹음을 보존해 주세요. 통화 식별번호: %1. 통화 일시: %2.</translation>
    </message>
    <message>
        <source>Evidence report: %s</source>
        <translation>증거 보고서: %s</translation>
    </message>
    <message>
        <source>Journal entry: %s</source>
        <translation>기록: %s</translation>
    </message>
    <message>
        <source>Please keep the call recording: %s</source>
        <translation>통화 녹음 보존 요청: %s</translation>
    </message>
</context>
<context>
    <name>LegalSteps</name>
    <message>
        <source>Reviewed by counsel</source>
        <translation>변호사 검토 완료</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>조치 완료</translation>
    </message>
    <message>
        <source>Tell the counselor: %s</source>
        <translation>상담사에게 알리기: %s</translation>
    </message>
</context>
<context>
    <name>LocaleWords</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n초</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a date, then a time of day: &apos;Sat 28 Nov 2026, 14:05&apos;</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <comment>the Monday the week starts on</comment>
        <translation>%1 주</translation>
    </message>
</context>
<context>
    <name>Locked</name>
    <message>
        <source>WellCare is locked</source>
        <translation>WellCare가 잠겨 있습니다</translation>
    </message>
    <message>
        <source>Breaks and self-checks wait until you unlock. Crisis lines and hard-call support are in the WellCare menu now.</source>
        <translation>휴식과 자가 점검은 잠금을 해제하면 다시 시작됩니다. 위기 상담 전화와 힘든 통화 지원은 지금도 WellCare 메뉴에서 쓸 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>LockedMode</name>
    <message>
        <source>WellCare (locked)</source>
        <translation>WellCare (잠김)</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>잠금 해제…</translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation>위기 상담 전화</translation>
    </message>
    <message>
        <source>I just had a hard call</source>
        <translation>방금 힘든 통화가 있었어요</translation>
    </message>
    <message>
        <source>When you are ready: note the call</source>
        <translation>준비되면 통화를 기록해 두세요</translation>
    </message>
    <message>
        <source>Take this time for yourself. To note the call in your record, unlock WellCare afterwards.</source>
        <translation>이 시간은 자신을 위해 쓰세요. 통화를 기록하려면 휴식 후 WellCare 잠금을 해제하세요.</translation>
    </message>
</context>
<context>
    <name>LockedWindow</name>
    <message>
        <source>WellCare (locked)</source>
        <translation>WellCare (잠김)</translation>
    </message>
    <message>
        <source>WellCare is locked</source>
        <translation>WellCare가 잠겨 있습니다</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>잠금 해제…</translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation>위기 상담 전화</translation>
    </message>
    <message>
        <source>I just had a hard call</source>
        <translation>방금 힘든 통화가 있었어요</translation>
    </message>
    <message>
        <source>Quit WellCare</source>
        <translation>WellCare 종료</translation>
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
        <source>Arrow keys choose a page. Enter or F6 moves into the page; F6 comes back here.</source>
        <translation>화살표 키로 페이지를 고릅니다. Enter나 F6을 누르면 페이지로 들어가고, F6을 다시 누르면 여기로 돌아옵니다.</translation>
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
    <message>
        <source>Move between the page list and the page</source>
        <translation>페이지 목록과 페이지 사이 이동</translation>
    </message>
</context>
<context>
    <name>NoticeCard</name>
    <message>
        <source>time removed (retention)</source>
        <translation>시각 삭제됨(보존 기간 경과)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새 알림</translation>
    </message>
    <message>
        <source>Taken over</source>
        <translation>인계 완료</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>종결</translation>
    </message>
    <message>
        <source>Hard call at %s</source>
        <translation>힘든 통화 일시: %s</translation>
    </message>
    <message>
        <source>Call reference: %s</source>
        <translation>통화 식별번호: %s</translation>
    </message>
    <message>
        <source>No call reference given</source>
        <translation>통화 식별번호 없음</translation>
    </message>
    <message>
        <source>Received %s</source>
        <translation>받은 시각: %s</translation>
    </message>
    <message>
        <source>Mark taken over</source>
        <translation>인계 완료로 표시</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>종결</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Tell the dedicated team</source>
        <translation>전담팀에 알리기</translation>
    </message>
    <message>
        <source>A sealed notice goes to %s: the kind of call and when it happened. Your note and how it affected you stay on this computer.</source>
        <translation>%s에 봉인된 알림을 보냅니다. 통화 유형과 일시만 담깁니다. 메모와 내가 받은 영향은 이 컴퓨터에만 남습니다.</translation>
    </message>
    <message>
        <source>Add the call reference</source>
        <translation>통화 식별번호 함께 보내기</translation>
    </message>
    <message>
        <source>Call reference</source>
        <translation>통화 식별번호</translation>
    </message>
    <message>
        <source>Exactly what will be sealed and sent:</source>
        <translation>봉인되어 전송되는 내용 그대로입니다:</translation>
    </message>
    <message>
        <source>Text that would be sent</source>
        <translation>전송될 내용</translation>
    </message>
    <message>
        <source>Send the notice</source>
        <translation>알림 보내기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>The notice was not sent: %s</source>
        <translation>알림을 보내지 못했습니다: %s</translation>
    </message>
    <message>
        <source>there is no office to send it to.</source>
        <translation>받을 사무실이 정해져 있지 않습니다.</translation>
    </message>
    <message>
        <source>it could not be sealed.</source>
        <translation>봉인하지 못했습니다.</translation>
    </message>
    <message>
        <source>Sent: the notice is in the office&apos;s inbox. The team reads it there.</source>
        <translation>보냈습니다. 알림이 사무실 받은편지함에 있으며, 전담팀이 그곳에서 확인합니다.</translation>
    </message>
    <message>
        <source>Waiting to send: the shared folder cannot be reached. The sealed notice is kept here and goes when the folder is back.</source>
        <translation>전송 대기 중입니다. 공유 폴더에 연결할 수 없습니다. 봉인된 알림은 이 컴퓨터에 보관했다가 폴더에 다시 연결되면 보냅니다.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <source>Hand-over notices</source>
        <translation>인계 알림</translation>
    </message>
    <message>
        <source>Counselors send these after an abusive call so the dedicated team can take over the caller. Each says only the kind of call, when it happened and, if the counselor added it, the call reference. It does not say who sent it.</source>
        <translation>상담사가 폭언 등 힘든 통화 뒤에 보내는 알림으로, 전담팀이 해당 민원인을 넘겨받을 수 있게 합니다. 알림에는 통화 유형과 일시, 그리고 상담사가 덧붙인 경우에만 통화 식별번호가 담깁니다. 누가 보냈는지는 담기지 않습니다.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>다시 확인</translation>
    </message>
    <message>
        <source>Check the hand-over notices again</source>
        <translation>인계 알림 다시 확인</translation>
    </message>
    <message numerus="yes">
        <source>%n new notice(s).</source>
        <translation>
            <numerusform>새 알림 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>No hand-over notices yet.</source>
        <translation>아직 인계 알림이 없습니다.</translation>
    </message>
</context>
<context>
    <name>OfferCard</name>
    <message>
        <source>Place: %s</source>
        <translation>장소: %s</translation>
    </message>
    <message>
        <source>Enroll by %s</source>
        <translation>신청 마감: %s</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>링크 열기</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>보내는 중…</translation>
    </message>
    <message>
        <source>✓ Enrolled</source>
        <translation>✓ 신청함</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>신청함</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>신청 취소…</translation>
    </message>
    <message>
        <source>Enroll…</source>
        <translation>참여 신청…</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>정원 마감</translation>
    </message>
    <message>
        <source>Enrollment closed</source>
        <translation>신청 마감됨</translation>
    </message>
    <message>
        <source>Outing</source>
        <translation>나들이</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>워크숍</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>안내</translation>
    </message>
    <message>
        <source>Open to everyone</source>
        <translation>인원 제한 없음</translation>
    </message>
    <message>
        <source>Seats: %d</source>
        <translation>정원: %d명</translation>
    </message>
    <message>
        <source>Seats left: %d of %d</source>
        <translation>남은 자리: %d / %d명</translation>
    </message>
    <message>
        <source>✓ Place confirmed</source>
        <translation>✓ 자리 확정</translation>
    </message>
    <message>
        <source>Enrolled, place confirmed</source>
        <translation>신청함, 자리 확정</translation>
    </message>
    <message>
        <source>On the waiting list</source>
        <translation>대기 명단</translation>
    </message>
    <message>
        <source>Enrolled, on the waiting list</source>
        <translation>신청함, 대기 명단에 있음</translation>
    </message>
    <message>
        <source>Every seat is taken. If a place frees up, it goes to the waiting list in order.</source>
        <translation>모든 자리가 찼습니다. 자리가 나면 대기 순서대로 배정됩니다.</translation>
    </message>
    <message>
        <source>Sent. The EAP office has not confirmed your place yet.</source>
        <translation>전송했습니다. EAP 상담실에서 아직 자리를 확정하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>OfferNotices</name>
    <message numerus="yes">
        <source>%n offer(s) from the EAP office</source>
        <translation>
            <numerusform>EAP 상담실에서 올린 기관 프로그램 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>From your organisation</source>
        <translation>기관 프로그램</translation>
    </message>
    <message>
        <source>New dates from the EAP office: %1 — %2</source>
        <translation>EAP 상담실의 일정 변경: %1 — %2</translation>
    </message>
    <message>
        <source>New from the EAP office: %1 — enroll by %2</source>
        <translation>EAP 상담실의 새 소식: %1 — %2까지 신청</translation>
    </message>
    <message>
        <source>New from the EAP office: %1 — %2</source>
        <translation>EAP 상담실의 새 소식: %1 — %2</translation>
    </message>
    <message>
        <source>New offer: %s</source>
        <translation>새 기관 프로그램: %s</translation>
    </message>
</context>
<context>
    <name>OfferSeatsCard</name>
    <message>
        <source>Offer %s</source>
        <translation>프로그램 %s</translation>
    </message>
    <message>
        <source>Not in the offers folder (withdrawn and removed, or not readable).</source>
        <translation>프로그램 폴더에 없습니다(철회 후 삭제되었거나 읽을 수 없음).</translation>
    </message>
    <message>
        <source>Withdrawn: counselors no longer see this offer.</source>
        <translation>철회됨: 상담사에게 더 이상 표시되지 않습니다.</translation>
    </message>
    <message>
        <source>Nobody has enrolled yet.</source>
        <translation>아직 신청한 사람이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled (no seat limit)</source>
        <translation>
            <numerusform>%n명 신청(인원 제한 없음)</numerusform>
        </translation>
    </message>
    <message>
        <source>Seats taken: %1 of %2, %3 left</source>
        <translation>신청 확정: %1 / %2명, 남은 자리 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n on the waiting list</source>
        <translation>
            <numerusform>대기 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>신청 확정</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>취소함</translation>
    </message>
    <message>
        <source>(no name or contact shared)</source>
        <translation>(이름이나 연락처를 공유하지 않음)</translation>
    </message>
    <message>
        <source>enrolled %s</source>
        <translation>%s 신청</translation>
    </message>
    <message>
        <source>withdrawn %s</source>
        <translation>%s 취소</translation>
    </message>
    <message>
        <source>Note: %s</source>
        <translation>메모: %s</translation>
    </message>
</context>
<context>
    <name>OffersController</name>
    <message>
        <source>This enrollment cannot be withdrawn from here. Please contact the EAP office.</source>
        <translation>이 신청은 여기에서 취소할 수 없습니다. EAP 상담실에 직접 연락해 주세요.</translation>
    </message>
    <message>
        <source>The EAP office&apos;s key cannot be confirmed right now, so nothing was sent.</source>
        <translation>지금은 EAP 상담실의 키를 확인할 수 없어 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>The shared folder cannot be reached, so nothing was sent. Please try again later.</source>
        <translation>공유 폴더에 연결할 수 없어 아무것도 보내지 않았습니다. 잠시 후 다시 시도해 주세요.</translation>
    </message>
</context>
<context>
    <name>OfficePlurals</name>
    <message numerus="yes">
        <source>The EAP office calls back urgent requests within %n hour(s), in its office hours.</source>
        <translation>
            <numerusform>EAP 상담실은 긴급 요청에 업무 시간 기준 %n시간 안에 전화합니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgMeasures</name>
    <message>
        <source>The phone system was told about your protected break.</source>
        <translation>전화 시스템에 보호 휴게를 알렸습니다.</translation>
    </message>
    <message>
        <source>The phone system was told that your break is over.</source>
        <translation>전화 시스템에 보호 휴게가 끝났다고 알렸습니다.</translation>
    </message>
    <message>
        <source>The phone system was told about the hand-over.</source>
        <translation>전화 시스템에 인계를 알렸습니다.</translation>
    </message>
    <message>
        <source>it reported an error</source>
        <translation>오류가 보고되었습니다</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>제시간에 응답하지 않았습니다</translation>
    </message>
    <message>
        <source>the program could not be started</source>
        <translation>프로그램을 실행할 수 없었습니다</translation>
    </message>
    <message>
        <source>The phone system could not be told (%s). Your break is not affected; set your phone to away yourself if you need to.</source>
        <translation>전화 시스템에 알리지 못했습니다(%s). 보호 휴게는 그대로 이어집니다. 필요하면 전화기를 직접 자리 비움으로 바꾸세요.</translation>
    </message>
</context>
<context>
    <name>OrgMeasuresPanel</name>
    <message>
        <source>Your organisation&apos;s response</source>
        <translation>기관의 대응 방침</translation>
    </message>
    <message>
        <source>Open the response manual</source>
        <translation>대응 매뉴얼 열기</translation>
    </message>
    <message>
        <source>To end an abusive call, you may say:</source>
        <translation>폭언이 이어지는 통화는 이렇게 말하고 끝낼 수 있습니다:</translation>
    </message>
    <message>
        <source>Whom to tell:</source>
        <translation>알릴 곳:</translation>
    </message>
    <message>
        <source>Tell the dedicated team…</source>
        <translation>전담팀에 알리기…</translation>
    </message>
    <message>
        <source>Tell the dedicated team</source>
        <translation>전담팀에 알리기</translation>
    </message>
</context>
<context>
    <name>OutsideHelp</name>
    <message>
        <source>If your organisation does not act</source>
        <translation>기관이 조치하지 않을 때</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>암호 문구 정하기</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n character(s). A short sentence is easy to remember and hard to guess.</source>
        <translation>
            <numerusform>%n자 이상으로 정하세요. 짧은 문장은 기억하기 쉽고 추측하기 어렵습니다.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>암호 문구는 %n자 이상이어야 합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>두 암호 문구가 서로 다릅니다.</translation>
    </message>
</context>
<context>
    <name>PrivacyFeature</name>
    <message>
        <source>Privacy</source>
        <translation>개인정보 보호</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Privacy</source>
        <translation>개인정보 보호</translation>
    </message>
    <message>
        <source>Privacy and anonymous weekly summaries</source>
        <translation>개인정보 보호와 익명 주간 요약</translation>
    </message>
    <message>
        <source>You can help the EAP office see how the whole floor is doing, week by week, so it can argue for staffing, breaks and protection from abusive callers. It never sees you: only estimates for groups of people. Sharing is off unless you turn it on, and you can stop at any time.</source>
        <translation>EAP 상담실이 콜센터 전체의 상태를 주마다 파악해 인력 충원, 휴식, 폭언 민원으로부터의 보호를 요구할 수 있도록 도울 수 있습니다. EAP 상담실은 개인을 볼 수 없고, 여러 사람을 묶은 집단의 추정치만 봅니다. 직접 켜기 전에는 공유되지 않으며, 언제든 멈출 수 있습니다.</translation>
    </message>
    <message>
        <source>Share my anonymous weekly summary</source>
        <translation>내 익명 주간 요약 공유하기</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>내 팀</translation>
    </message>
    <message>
        <source>Don&apos;t say</source>
        <translation>밝히지 않음</translation>
    </message>
    <message>
        <source>My team (optional):</source>
        <translation>내 팀 (선택):</translation>
    </message>
    <message>
        <source>Withdrawing stops every future summary at once. Summaries already sent stay in the EAP office&apos;s totals: nothing in them says they are yours, so they cannot be picked out to be removed.</source>
        <translation>동의를 철회하면 그 즉시 앞으로의 요약이 모두 멈춥니다. 이미 보낸 요약은 EAP 상담실의 집계에 남습니다. 요약에는 누구의 것인지 알려 주는 정보가 없어서 골라내어 지울 수 없기 때문입니다.</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>나의 선택</translation>
    </message>
    <message>
        <source>The next summary, exactly as it will be sent</source>
        <translation>다음 요약 (보내질 내용 그대로)</translation>
    </message>
    <message>
        <source>Your answers and scores, notes, incident details and call references, PHQ-9, GAD-7 and K6 results, your name and your computer&apos;s name. Nothing links one week&apos;s summary to another&apos;s.</source>
        <translation>응답과 점수, 메모, 사건 내용과 통화 참조 번호, PHQ-9·GAD-7·K6 결과, 이름과 컴퓨터 이름. 한 주의 요약을 다른 주의 요약과 이어 주는 정보도 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Before anything leaves this computer, your value may be swapped for a random one, by chance, so no single summary says for certain how you are. Each week only one of your results is sent. Sending the same value again reveals nothing new, and there is a yearly limit: when it is reached, nothing more is sent until next year, and this page says so. It is locked so that only the EAP office can open it, and the EAP office sees only estimates for groups of at least %n people.</source>
        <translation>
            <numerusform>이 컴퓨터를 떠나기 전에 값은 정해진 확률로 무작위 값으로 바뀔 수 있습니다. 그래서 요약 하나만으로는 내 상태를 확실히 알 수 없습니다. 한 주에 결과 하나만 보냅니다. 같은 값을 다시 보내도 새로 드러나는 것은 없고, 1년 한도가 있습니다. 한도에 이르면 다음 해까지 더 보내지 않으며, 이 화면에 그렇게 알립니다. 요약은 EAP 상담실만 열 수 있게 잠겨서 전달되며, EAP 상담실은 %n명 이상인 집단의 추정치만 봅니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Randomized response, within three limits. One week: ε = %1, so your real value is sent only about %2 times as often as any other single value. One value: its randomization is kept for the year, so sending the same value week after week reveals no more than ε = %3 in all. One year: everything you send is capped at ε = %4. A smaller ε means more randomizing. Summaries are sealed to the EAP office&apos;s public key and go out at a random moment of the week.</source>
        <translation>무작위 응답 기법이며, 세 가지 한도를 지킵니다. 한 주: ε = %1입니다. 실제 값은 다른 어느 한 값보다 약 %2배 더 자주 보내질 뿐입니다. 한 값: 값마다 무작위화 결과를 1년 동안 그대로 쓰므로, 같은 값을 매주 보내도 모두 합쳐 ε = %3 이상은 드러나지 않습니다. 한 해: 1년 동안 보내는 모든 것은 ε = %4까지로 제한됩니다. ε가 작을수록 더 많이 바뀝니다. 요약은 EAP 상담실의 공개 키로 봉인되어 그 주의 무작위한 시각에 보내집니다.</translation>
    </message>
    <message>
        <source>What is shared, once a week</source>
        <translation>공유되는 내용 (주 1회)</translation>
    </message>
    <message>
        <source>What is never shared</source>
        <translation>절대 공유되지 않는 내용</translation>
    </message>
    <message>
        <source>How you are protected</source>
        <translation>보호 방법</translation>
    </message>
    <message>
        <source>What was sent and when</source>
        <translation>보낸 내용과 시각</translation>
    </message>
    <message>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>주</translation>
    </message>
    <message>
        <source>What was sent</source>
        <translation>보낸 내용</translation>
    </message>
    <message>
        <source>Choose a sent summary above to see its bytes.</source>
        <translation>위에서 보낸 요약을 고르면 그 바이트를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>WellCare runs without an organisation policy here, so there is no one to share with. Nothing is sent.</source>
        <translation>이 컴퓨터의 WellCare에는 기관 정책이 없어 공유할 곳이 없습니다. 아무것도 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Your organisation has turned anonymous summaries off. Nothing is sent.</source>
        <translation>기관에서 익명 요약을 꺼 두었습니다. 아무것도 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s privacy settings cannot be used, so nothing is sent. Please tell your IT team.</source>
        <translation>기관의 개인정보 설정을 사용할 수 없어 아무것도 보내지 않습니다. 전산 담당 부서에 알려 주세요.</translation>
    </message>
    <message>
        <source>Your organisation has not set up an EAP office to receive summaries. Nothing is sent.</source>
        <translation>기관에 요약을 받을 EAP 상담실이 설정되어 있지 않습니다. 아무것도 보내지 않습니다.</translation>
    </message>
    <message>
        <source>The EAP office&apos;s key has changed or cannot be checked, so nothing is sent. Check the new key on the EAP page first.</source>
        <translation>EAP 상담실의 키가 바뀌었거나 확인할 수 없어 아무것도 보내지 않습니다. 먼저 EAP 화면에서 새 키를 확인하세요.</translation>
    </message>
    <message>
        <source>Sharing is off. Nothing is sent unless you turn it on.</source>
        <translation>공유가 꺼져 있습니다. 직접 켜기 전에는 아무것도 보내지 않습니다.</translation>
    </message>
    <message>
        <source>if sharing is on, sent at a random moment of this week</source>
        <translation>공유를 켜면 이번 주의 무작위한 시각에 보냅니다</translation>
    </message>
    <message>
        <source>sent as soon as sharing is on</source>
        <translation>공유를 켜면 바로 보냅니다</translation>
    </message>
    <message>
        <source>waiting for the shared folder; tried again every 15 minutes</source>
        <translation>공유 폴더를 기다리는 중, 15분마다 다시 시도합니다</translation>
    </message>
    <message>
        <source>being sent now</source>
        <translation>지금 보내는 중</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>%1 so far: sent after the week ends, and it may still change until then.</source>
        <translation>%1 현재까지: 한 주가 끝난 뒤에 보내며, 그때까지 바뀔 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 bytes (every summary is padded to this size), after randomizing: the value may differ from your real result on purpose. They travel locked so that only the EAP office can open them, in an envelope whose outside shows only a random id and the week.</source>
        <translation>무작위로 바꾼 뒤의 %1바이트입니다(모든 요약을 이 크기로 맞춥니다). 값은 일부러 실제 결과와 다를 수 있습니다. EAP 상담실만 열 수 있게 잠겨서 전달되며, 봉투 겉면에는 임의의 ID와 주(週)만 보입니다.</translation>
    </message>
    <message>
        <source>Summary sent</source>
        <translation>요약 보냄</translation>
    </message>
    <message>
        <source>Sharing turned on</source>
        <translation>공유 켬</translation>
    </message>
    <message>
        <source>Sharing withdrawn</source>
        <translation>공유 철회</translation>
    </message>
    <message>
        <source>Team set to: %s</source>
        <translation>팀 설정: %s</translation>
    </message>
    <message>
        <source>&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;Each week only one of these, picked at random: the band of your latest WHO-5, PSS-10 or CBI (client-related burnout) result in that week, if you took one (a word such as “moderate”, never your answers or scores); how many breaks you took, as a range (0, 1–9, 10–24, 25 or more); or how many hard calls you logged (0, 1, 2–4, 5 or more). The other four are not sent that week.&lt;/li&gt;&lt;li&gt;Your team, only if you choose one.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;매주 다음 중 무작위로 고른 하나만 보냅니다: 그 주에 한 WHO-5, PSS-10 또는 CBI(민원인 관련 소진) 검사의 가장 최근 결과 구간(“보통” 같은 한 단어일 뿐, 응답이나 점수는 절대 보내지 않습니다), 휴식 횟수의 범위(0, 1–9, 10–24, 25 이상), 또는 기록한 힘든 통화 수의 범위(0, 1, 2–4, 5 이상). 나머지 넷은 그 주에 보내지 않습니다.&lt;/li&gt;&lt;li&gt;팀을 고른 경우에만 내 팀.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>This year so far: ε %1 of %2 used.</source>
        <translation>올해 지금까지 ε %2 중 %1을 썼습니다.</translation>
    </message>
    <message>
        <source>Your privacy budget for this year is used up, so nothing more is sent until the new year begins. What was sent before stays as it was.</source>
        <translation>올해의 프라이버시 예산을 모두 써서 새해가 시작될 때까지 더 보내지 않습니다. 이미 보낸 내용은 그대로입니다.</translation>
    </message>
    <message>
        <source>Sharing is on. One summary goes out at a random moment of the week after each week ends; withdraw at any time.</source>
        <translation>공유 중입니다. 한 주가 끝나면 그다음 주의 무작위한 시각에 요약 하나를 보냅니다. 언제든 철회할 수 있습니다.</translation>
    </message>
    <message>
        <source>waiting to send, at a random moment of this week so that the time says nothing about you</source>
        <translation>보내기 대기 중: 보내는 시각으로 나에 대해 알 수 없도록 이번 주의 무작위한 시각에 보냅니다</translation>
    </message>
    <message>
        <source>On purpose, what is sent is not always your real result: before it leaves this computer each value is randomized, so a week of 25 breaks may be sent as 0. Across many people the EAP office can still estimate the whole floor, but no single summary says for certain how you are.</source>
        <translation>보내는 값이 실제 결과와 다를 수 있는 것은 일부러 그렇게 한 것입니다. 이 컴퓨터를 떠나기 전에 값마다 무작위로 바뀔 수 있어서, 휴식을 25번 한 주가 0번으로 보내질 수도 있습니다. 여러 사람의 요약을 모으면 EAP 상담실은 전체 상황을 추정할 수 있지만, 요약 하나만으로는 누구의 상태도 확실히 알 수 없습니다.</translation>
    </message>
    <message>
        <source>More: the exact bytes that go out</source>
        <translation>자세히: 실제로 나가는 바이트</translation>
    </message>
    <message>
        <source>The next summary</source>
        <translation>다음 요약</translation>
    </message>
    <message>
        <source>More: how the randomizing works</source>
        <translation>자세히: 무작위로 바꾸는 방식</translation>
    </message>
    <message>
        <source>Your real result</source>
        <translation>실제 결과</translation>
    </message>
    <message>
        <source>What is sent</source>
        <translation>보내는 값</translation>
    </message>
</context>
<context>
    <name>ProgramCard</name>
    <message numerus="yes">
        <source>%1–%n min</source>
        <translation>
            <numerusform>%1–%n분</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) · %1 each</source>
        <translation>
            <numerusform>세션 %n회 · 회당 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n주</numerusform>
        </translation>
    </message>
    <message>
        <source>Start this program…</source>
        <translation>이 프로그램 시작…</translation>
    </message>
    <message>
        <source>You are following a program. Leave it first to start another.</source>
        <translation>지금 진행 중인 프로그램이 있습니다. 다른 프로그램을 시작하려면 먼저 그만두세요.</translation>
    </message>
    <message>
        <source>Why it helps</source>
        <translation>도움이 되는 이유</translation>
    </message>
    <message>
        <source>Why it helps: %s</source>
        <translation>도움이 되는 이유: %s</translation>
    </message>
</context>
<context>
    <name>ProgramTexts</name>
    <message>
        <source>Breathing</source>
        <translation>호흡</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>몸</translation>
    </message>
    <message>
        <source>Eyes</source>
        <translation>눈</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>목소리</translation>
    </message>
    <message>
        <source>Grounding</source>
        <translation>그라운딩</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>회복</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>돌아보기</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>들이쉬기</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>내쉬기</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>멈추기</translation>
    </message>
</context>
<context>
    <name>ProgramsFeature</name>
    <message>
        <source>Healing programs</source>
        <translation>힐링 프로그램</translation>
    </message>
    <message>
        <source>Today&apos;s program session: %s</source>
        <translation>오늘의 프로그램 세션: %s</translation>
    </message>
    <message>
        <source>Guided exercises…</source>
        <translation>마음 돌봄 연습…</translation>
    </message>
    <message numerus="yes">
        <source>Time for today&apos;s session: %1 (%n min). Open WellCare when you are ready.</source>
        <translation>
            <numerusform>오늘의 세션 시간입니다: %1 (%n분). 준비되면 WellCare를 열어 주세요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramsPage</name>
    <message>
        <source>Healing programs</source>
        <translation>힐링 프로그램</translation>
    </message>
    <message>
        <source>My good things</source>
        <translation>나의 좋은 일</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>연습</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <source>From your organisation</source>
        <translation>기관 프로그램</translation>
    </message>
    <message>
        <source>← Back to programs</source>
        <translation>← 프로그램으로 돌아가기</translation>
    </message>
    <message>
        <source>Last 7 days: exercises done %d · minutes of practice %d</source>
        <translation>최근 7일: 연습 %d회 · 연습 시간 %d분</translation>
    </message>
    <message>
        <source>Short exercises for a break, programs that build a habit, and what your organisation offers.</source>
        <translation>휴식 시간에 맞는 짧은 연습, 습관을 만드는 프로그램, 그리고 기관에서 마련한 프로그램이 있습니다.</translation>
    </message>
    <message>
        <source>Suggested for now</source>
        <translation>지금 해 보면 좋은 연습</translation>
    </message>
    <message>
        <source>More exercises</source>
        <translation>다른 연습</translation>
    </message>
    <message>
        <source>Other programs</source>
        <translation>다른 프로그램</translation>
    </message>
    <message>
        <source>A program is a short session on the days you choose, with a reminder at the time you pick. Missed days are fine: the program waits for you.</source>
        <translation>프로그램은 내가 고른 요일에, 내가 정한 시간에 알림을 받아 하는 짧은 세션입니다. 하루쯤 빠져도 괜찮습니다. 언제든 이어서 하면 됩니다.</translation>
    </message>
    <message>
        <source>Offers have not been checked yet.</source>
        <translation>아직 기관 프로그램을 확인하지 않았습니다.</translation>
    </message>
    <message>
        <source>Checking the shared folder for offers…</source>
        <translation>공유 폴더에서 기관 프로그램을 확인하는 중…</translation>
    </message>
    <message>
        <source>Programs and outings offered by your organisation. Each offer is checked against the EAP office&apos;s key; anything that fails the check is never shown.</source>
        <translation>기관에서 마련한 프로그램과 나들이입니다. 모든 안내는 EAP 상담실의 키로 확인하며, 확인을 통과하지 못한 것은 절대 보여 주지 않습니다.</translation>
    </message>
    <message>
        <source>No organisation policy is installed, so there are no organisation offers.</source>
        <translation>기관 정책이 설치되어 있지 않아 기관 프로그램이 없습니다.</translation>
    </message>
    <message>
        <source>The EAP office&apos;s key could not be confirmed, so offers are not shown. Please check the EAP page or ask your IT team.</source>
        <translation>EAP 상담실의 키를 확인할 수 없어 기관 프로그램을 보여 주지 않습니다. EAP 화면을 확인하거나 전산팀에 문의해 주세요.</translation>
    </message>
    <message>
        <source>The shared folder cannot be reached right now. Try again later.</source>
        <translation>지금은 공유 폴더에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>다시 확인</translation>
    </message>
    <message>
        <source>No offers right now. When the EAP office publishes one, it appears here.</source>
        <translation>지금은 기관 프로그램이 없습니다. EAP 상담실에서 새로 올리면 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>%s · session %d of %d</source>
        <translation>%s · 세션 %d / %d</translation>
    </message>
    <message>
        <source>Leave program</source>
        <translation>프로그램 그만두기</translation>
    </message>
    <message>
        <source>Leave %s? Your practice so far stays in your record; you can start again any time.</source>
        <translation>&apos;%s&apos; 프로그램을 그만둘까요? 지금까지의 연습 기록은 그대로 남고, 언제든 다시 시작할 수 있습니다.</translation>
    </message>
    <message>
        <source>Withdraw enrollment</source>
        <translation>참여 신청 취소</translation>
    </message>
    <message>
        <source>Withdraw your enrollment in %s? The EAP office will be told, sealed as before.</source>
        <translation>&apos;%s&apos; 참여 신청을 취소할까요? 신청할 때처럼 봉인된 채로 EAP 상담실에 전달됩니다.</translation>
    </message>
    <message>
        <source>Organisation offers</source>
        <translation>기관 프로그램</translation>
    </message>
    <message>
        <source>Leave the program</source>
        <translation>프로그램 그만두기</translation>
    </message>
    <message>
        <source>Stay in it</source>
        <translation>계속하기</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>신청 취소</translation>
    </message>
    <message>
        <source>Keep my place</source>
        <translation>신청 유지</translation>
    </message>
</context>
<context>
    <name>ProtectionPage</name>
    <message>
        <source>Protect your vault</source>
        <translation>보관함 보호 방법 선택</translation>
    </message>
    <message>
        <source>Keep the key in this computer&apos;s keyring (recommended)</source>
        <translation>이 컴퓨터의 비밀번호 저장소에 키 보관 (권장)</translation>
    </message>
    <message>
        <source>Use a passphrase I type when WellCare starts</source>
        <translation>WellCare를 시작할 때마다 암호 문구 입력</translation>
    </message>
    <message>
        <source>No secure keyring is available on this computer, so a passphrase is needed.</source>
        <translation>이 컴퓨터에는 안전한 비밀번호 저장소가 없어 암호 문구가 필요합니다.</translation>
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
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>암호 문구는 %n자 이상이어야 합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>두 암호 문구가 서로 다릅니다.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s). A short sentence you can remember works well.</source>
        <translation>
            <numerusform>%n자 이상이어야 합니다. 기억하기 쉬운 짧은 문장이 좋습니다.</numerusform>
        </translation>
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
        <translation>이 컴퓨터의 비밀번호 저장소이 초기화되거나 암호 문구를 잊어버리면, 이 코드만이 내 데이터를 다시 여는 유일한 방법입니다. 적어 두거나 인쇄해서 나만 아는 곳에 보관하세요. WellCare는 이 코드를 대신 찾아 드릴 수 없습니다.</translation>
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
    <message>
        <source>Save to a file…</source>
        <translation>파일로 저장…</translation>
    </message>
    <message>
        <source>Save the recovery code to a file</source>
        <translation>복구 코드를 파일로 저장</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere private, such as a password manager.</source>
        <translation>복사했습니다. 비밀번호 관리자처럼 나만 볼 수 있는 곳에 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>WellCare recovery code</source>
        <translation>WellCare 복구 코드</translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation>복구 코드 저장</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>텍스트 파일 (*.txt)</translation>
    </message>
    <message>
        <source>The file could not be saved (%s). Try another folder, or write the code down.</source>
        <translation>파일을 저장하지 못했습니다(%s). 다른 폴더를 고르거나 코드를 적어 두세요.</translation>
    </message>
    <message>
        <source>Saved to %s. Keep that file somewhere private.</source>
        <translation>%s에 저장했습니다. 이 파일은 나만 볼 수 있는 곳에 두세요.</translation>
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
    <message>
        <source>Start WellCare when I log in, so breaks and support are there all day</source>
        <translation>로그인할 때 WellCare 시작 (하루 내내 휴식과 지원을 받을 수 있습니다)</translation>
    </message>
</context>
<context>
    <name>RecoveryPanel</name>
    <message numerus="yes">
        <source>Your protected break: %n minute(s)</source>
        <translation>
            <numerusform>보호받는 휴식: %n분</numerusform>
        </translation>
    </message>
    <message>
        <source>This time is yours. Set your phone to away and step back from the calls. You do not need to do anything else.</source>
        <translation>이 시간은 온전히 나를 위한 시간입니다. 전화 상태를 이석으로 바꾸고 잠시 통화에서 벗어나세요. 다른 일은 하지 않아도 됩니다.</translation>
    </message>
    <message>
        <source>Time left in your break</source>
        <translation>남은 휴식 시간</translation>
    </message>
    <message>
        <source>End my break now</source>
        <translation>지금 휴식 끝내기</translation>
    </message>
    <message>
        <source>You ended your break. Come back gently, and take more time if you need it.</source>
        <translation>휴식을 마쳤습니다. 천천히 돌아오시고, 더 필요하면 시간을 더 가지세요.</translation>
    </message>
    <message>
        <source>Your break is over. Come back when you are ready.</source>
        <translation>휴식 시간이 끝났습니다. 준비가 되면 돌아오세요.</translation>
    </message>
    <message>
        <source>Breathe in…</source>
        <translation>숨을 들이쉬세요…</translation>
    </message>
    <message>
        <source>Breathe out slowly…</source>
        <translation>천천히 내쉬세요…</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <source>Request %s · %s</source>
        <translation>요청 %s · %s</translation>
    </message>
    <message>
        <source>Received: %s</source>
        <translation>접수: %s</translation>
    </message>
    <message>
        <source>Received %s</source>
        <translation>접수 %s</translation>
    </message>
    <message>
        <source>Urgent: the counselor asked to be contacted as soon as possible.</source>
        <translation>긴급: 상담사가 가능한 한 빨리 연락해 달라고 요청했습니다.</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>긴급도</translation>
    </message>
    <message>
        <source>Preferred times</source>
        <translation>희망 시간</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>연락 방법</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message numerus="yes">
        <source>Content deleted after %n day(s).</source>
        <translation>
            <numerusform>종료 후 %n일이 지나 내용을 삭제했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only its type, urgency, status and week are kept, for the counts.</source>
        <translation>통계를 위해 유형, 긴급도, 상태, 접수 주만 남겨 두었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Content will be deleted on %1, %n day(s) after the request was closed.</source>
        <translation>
            <numerusform>이 요청의 내용은 종료 후 %n일이 지나는 %1에 삭제됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%s · received; automatic receipt sent</source>
        <translation>%s · 접수, 자동 접수 확인 발송</translation>
    </message>
    <message>
        <source>%s · marked %s</source>
        <translation>%s · &apos;%s&apos;(으)로 표시</translation>
    </message>
    <message>
        <source>%s · appointment sent: %s</source>
        <translation>%s · 약속 발송: %s</translation>
    </message>
    <message>
        <source>%s · marked done</source>
        <translation>%s · 완료 처리</translation>
    </message>
    <message>
        <source>%s · declined</source>
        <translation>%s · 반려</translation>
    </message>
    <message>
        <source>%s · cancelled by the counselor</source>
        <translation>%s · 상담사가 취소</translation>
    </message>
    <message>
        <source>%s · a cancellation with a wrong proof was ignored</source>
        <translation>%s · 증명이 맞지 않는 취소 요청을 무시함</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>답장</translation>
    </message>
    <message>
        <source>Signed by this profile and sealed so that only the counselor&apos;s app can read it.</source>
        <translation>이 프로필로 서명하고, 상담사의 앱만 읽을 수 있도록 봉인합니다.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>날짜와 시간</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>상담 시간</translation>
    </message>
    <message>
        <source>a room, an address or a video link</source>
        <translation>상담실, 주소 또는 화상 상담 링크</translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation>장소 또는 링크</translation>
    </message>
    <message>
        <source>Note to the counselor</source>
        <translation>상담사에게 남길 메모</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>반려…</translation>
    </message>
    <message numerus="yes">
        <source>The note is longer than %n character(s).</source>
        <translation>
            <numerusform>메모가 %n자를 넘습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>완료 처리</translation>
    </message>
    <message>
        <source>Send changed appointment</source>
        <translation>변경된 약속 보내기</translation>
    </message>
    <message>
        <source>Send appointment</source>
        <translation>약속 보내기</translation>
    </message>
    <message>
        <source>Say where the appointment is: a room, an address or a link.</source>
        <translation>약속 장소를 적어 주세요: 상담실, 주소 또는 링크.</translation>
    </message>
    <message>
        <source>The appointment time is in the past.</source>
        <translation>약속 시간이 이미 지났습니다.</translation>
    </message>
    <message>
        <source>Decline the request?</source>
        <translation>요청을 반려할까요?</translation>
    </message>
    <message>
        <source>The counselor will see the request as closed, with your note. Write a note that helps them.</source>
        <translation>상담사에게는 요청이 메모와 함께 종료된 것으로 보입니다. 도움이 되는 메모를 남겨 주세요.</translation>
    </message>
    <message>
        <source>This request is already closed.</source>
        <translation>이미 종료된 요청입니다.</translation>
    </message>
    <message>
        <source>The reply is too long; shorten the note.</source>
        <translation>답장이 너무 깁니다. 메모를 줄여 주세요.</translation>
    </message>
    <message>
        <source>WellCare could not save this. Nothing was sent.</source>
        <translation>WellCare가 저장하지 못했습니다. 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Note sent: %s</source>
        <translation>보낸 메모: %s</translation>
    </message>
    <message>
        <source>%s · sent: %s</source>
        <translation>%s · 보냄: %s</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <source>Ask for an EAP session</source>
        <translation>EAP 상담 신청</translation>
    </message>
    <message>
        <source>the EAP coordinator</source>
        <translation>EAP 담당자</translation>
    </message>
    <message>
        <source>Only %s can read this request (key fingerprint %s). It is sealed on this computer before it leaves.</source>
        <translation>이 요청은 %s만 읽을 수 있습니다 (키 지문 %s). 이 컴퓨터를 떠나기 전에 봉인됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>The EAP office deletes what you write here %n day(s) after your request is closed; only its type, urgency, status and week are kept, for counting.</source>
        <translation>
            <numerusform>EAP 상담실은 요청이 종료되고 %n일이 지나면 여기에 적으신 내용을 삭제하며, 통계를 위해 요청의 유형, 긴급도, 상태, 접수 주만 남겨 둡니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>What would help?</source>
        <translation>어떤 도움이 필요하신가요?</translation>
    </message>
    <message>
        <source>How soon?</source>
        <translation>얼마나 빨리 필요하신가요?</translation>
    </message>
    <message>
        <source>When would suit you? (choose one or more)</source>
        <translation>언제가 편하신가요? (하나 이상 선택)</translation>
    </message>
    <message>
        <source>Other times or dates (optional), e.g. not on Wednesdays</source>
        <translation>다른 시간이나 날짜 (선택), 예: 수요일은 어려움</translation>
    </message>
    <message>
        <source>Other times or dates</source>
        <translation>다른 시간이나 날짜</translation>
    </message>
    <message>
        <source>How should the EAP office reach you?</source>
        <translation>EAP 상담실이 어떻게 연락하면 될까요?</translation>
    </message>
    <message>
        <source>Contact method</source>
        <translation>연락 방법</translation>
    </message>
    <message>
        <source>Phone number, address or messenger ID</source>
        <translation>전화번호, 주소 또는 메신저 ID</translation>
    </message>
    <message>
        <source>Anything the EAP office should know? (optional)</source>
        <translation>EAP 상담실이 알아 두면 좋을 내용 (선택)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Only what you want to share. You can also say it in person.</source>
        <translation>나누고 싶은 만큼만 적어 주세요. 직접 만나서 이야기해도 됩니다.</translation>
    </message>
    <message>
        <source>Attach (optional)</source>
        <translation>첨부 (선택)</translation>
    </message>
    <message>
        <source>Nothing is attached unless you tick it. Each one is sealed with your request.</source>
        <translation>체크한 것만 첨부됩니다. 첨부한 내용은 요청과 함께 봉인됩니다.</translation>
    </message>
    <message>
        <source>Nothing to attach yet.</source>
        <translation>아직 첨부할 것이 없습니다.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>돌아가기</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>요청 보내기</translation>
    </message>
    <message>
        <source>e.g. 010-1234-5678</source>
        <translation>예: 010-1234-5678</translation>
    </message>
    <message>
        <source>e.g. name@example.org</source>
        <translation>예: name@example.org</translation>
    </message>
    <message>
        <source>your messenger ID</source>
        <translation>메신저 ID</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2자</translation>
    </message>
    <message numerus="yes">
        <source>Tick at most %n attachment(s).</source>
        <translation>
            <numerusform>첨부는 최대 %n개까지 선택할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The note is longer than %n character(s).</source>
        <translation>
            <numerusform>메모가 %n자를 넘습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one time that would suit you.</source>
        <translation>편한 시간을 하나 이상 선택해 주세요.</translation>
    </message>
    <message>
        <source>Say how the EAP office can reach you.</source>
        <translation>EAP 상담실이 연락할 방법을 적어 주세요.</translation>
    </message>
    <message>
        <source>That does not look like an e-mail address.</source>
        <translation>이메일 주소 형식이 아닌 것 같습니다.</translation>
    </message>
    <message>
        <source>That does not look like a phone number.</source>
        <translation>전화번호 형식이 아닌 것 같습니다.</translation>
    </message>
    <message>
        <source>WellCare could not save the request. Nothing was sent.</source>
        <translation>WellCare가 요청을 저장하지 못했습니다. 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>The request is too long to send. Shorten the note or untick an attachment.</source>
        <translation>요청이 너무 길어 보낼 수 없습니다. 메모를 줄이거나 첨부를 해제해 주세요.</translation>
    </message>
    <message>
        <source>The EAP coordinator&apos;s key has changed. Check it on the previous page before sending.</source>
        <translation>EAP 담당자의 키가 바뀌었습니다. 보내기 전에 이전 화면에서 확인해 주세요.</translation>
    </message>
    <message>
        <source>Requests cannot be sent from this computer right now. Contact the EAP office directly.</source>
        <translation>지금은 이 컴퓨터에서 요청을 보낼 수 없습니다. EAP 상담실에 직접 연락해 주세요.</translation>
    </message>
    <message>
        <source>Part of the form cannot be sent. Check it and try again.</source>
        <translation>보낼 수 없는 항목이 있습니다. 확인한 뒤 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>Outside office hours, please call one of the lines above first.</source>
        <translation>업무 시간이 아닐 때는 먼저 위의 전화 중 한 곳으로 연락해 주세요.</translation>
    </message>
    <message>
        <source>The EAP office has not said how soon it answers an urgent request.</source>
        <translation>EAP 상담실은 긴급 요청에 언제 답할 수 있는지 정해 두지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Your %s result</source>
        <translation>%s 결과</translation>
    </message>
    <message>
        <source>First, about one of your answers</source>
        <translation>먼저, 답변 하나에 대해</translation>
    </message>
    <message>
        <source>We recommend a professional assessment</source>
        <translation>전문가의 평가를 권합니다</translation>
    </message>
    <message>
        <source>Your answers point to strong strain. Please arrange an assessment with a doctor or a mental-health professional soon; the EAP office can help you find one.</source>
        <translation>답변을 보면 부담이 매우 큰 상태입니다. 가능한 한 빨리 의사나 정신건강 전문가에게 평가를 받아 보세요. 어디서 받을지는 EAP 상담실에서 함께 찾아 드릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Help at any hour</source>
        <translation>언제든 도움받을 수 있는 곳</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>도움이 되는 것</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>도움을 받을 수 있는 곳</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Talking to a professional can help</source>
        <translation>전문가와 이야기해 보면 도움이 됩니다</translation>
    </message>
    <message>
        <source>Your answers suggest it would help to talk about how you have been with a doctor, a mental-health professional or the EAP office. The EAP office can also help you find one.</source>
        <translation>답변을 보면 요즘의 상태에 대해 의사나 정신건강 전문가, EAP 상담실과 이야기해 보는 것이 도움이 되겠습니다. 전문가를 찾는 일도 EAP 상담실에서 도와드릴 수 있습니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (possible range %3–%4)</source>
        <translation>%1: %2 (가능한 범위 %3–%4)</translation>
    </message>
    <message>
        <source>EAP office: %s</source>
        <translation>EAP 상담실: %s</translation>
    </message>
    <message>
        <source>I will remind you to take it again on %s.</source>
        <translation>%s에 다시 점검하도록 알려 드리겠습니다.</translation>
    </message>
</context>
<context>
    <name>RightsPanel</name>
    <message>
        <source>Law text checked on %s.</source>
        <translation>법 내용 확인일: %s</translation>
    </message>
</context>
<context>
    <name>RunCard</name>
    <message>
        <source>Program progress</source>
        <translation>프로그램 진행 상황</translation>
    </message>
    <message>
        <source>Next: session %d, %s</source>
        <translation>다음: %d번째 세션, %s</translation>
    </message>
    <message>
        <source>Week %d · %s</source>
        <translation>%d주차 · %s</translation>
    </message>
    <message>
        <source>Days in your practice streak: %d.</source>
        <translation>꾸준히 연습한 날: %d일.</translation>
    </message>
    <message>
        <source>A missed day was forgiven; it does not break a streak.</source>
        <translation>하루 빠진 날은 넘어갔습니다. 하루쯤 빠져도 기록은 이어집니다.</translation>
    </message>
    <message>
        <source>No streak yet. Any day you practise counts, and one missed day is always forgiven.</source>
        <translation>아직 이어진 기록이 없습니다. 연습한 날은 모두 세고, 하루쯤 빠져도 괜찮습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s)</source>
        <translation>
            <numerusform>세션 %1 / %n회</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your best: %n day(s).</source>
        <translation>
            <numerusform>최고 기록: %n일.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused. Reminders are off until you resume; paused days never count as missed.</source>
        <translation>일시정지 중입니다. 다시 시작할 때까지 알림이 꺼지고, 쉬는 날은 빠진 날로 세지 않습니다.</translation>
    </message>
    <message>
        <source>Reminders at %(time)s on %(days)s.</source>
        <translation>알림: %(days)s %(time)s.</translation>
    </message>
    <message>
        <source>Today&apos;s session is waiting for you.</source>
        <translation>오늘의 세션이 기다리고 있습니다.</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>세션 시작</translation>
    </message>
    <message>
        <source>Change reminders…</source>
        <translation>알림 바꾸기…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>다시 시작</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <source>Leave program</source>
        <translation>프로그램 그만두기</translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <source>You are not alone with this</source>
        <translation>혼자 견디지 않으셔도 됩니다</translation>
    </message>
    <message>
        <source>One of your answers says that you have had thoughts of being better off dead, or of hurting yourself. Thoughts like these are more common than people think, and talking to someone helps. You can reach someone right now.</source>
        <translation>답변 중에 차라리 죽는 것이 낫겠다는 생각이나 스스로를 해치는 생각을 한 적이 있다는 내용이 있었습니다. 이런 생각은 생각보다 흔하며, 누군가와 이야기하는 것이 도움이 됩니다. 지금 바로 연락할 수 있는 곳이 있습니다.</translation>
    </message>
    <message>
        <source>Talk to someone now, at any hour</source>
        <translation>지금, 언제든 이야기할 수 있는 곳</translation>
    </message>
    <message>
        <source>When you are ready, continue to your result. It is kept only on this computer.</source>
        <translation>준비가 되면 결과로 넘어가세요. 결과는 이 컴퓨터에만 보관됩니다.</translation>
    </message>
    <message>
        <source>I have read this — show my result</source>
        <translation>읽었습니다 — 결과 보기</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Start %s</source>
        <translation>%s 시작</translation>
    </message>
    <message>
        <source>Change reminders</source>
        <translation>알림 바꾸기</translation>
    </message>
    <message>
        <source>When would you like a reminder for each session?</source>
        <translation>세션마다 언제 알림을 받을까요?</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>알림 시간</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>요일</translation>
    </message>
    <message>
        <source>Reminders wait until you are off a call. Missing a day is fine: the program waits for you, and one missed day never breaks your streak.</source>
        <translation>알림은 통화가 끝난 뒤에 옵니다. 하루쯤 빠져도 괜찮습니다. 언제든 이어서 하면 되고, 하루 빠졌다고 기록이 끊기지 않습니다.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
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
        <translation>보관함 보호</translation>
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
        <translation>대신 이 컴퓨터의 비밀번호 저장소에 키 보관</translation>
    </message>
    <message>
        <source>Show recovery code…</source>
        <translation>복구 코드 보기…</translation>
    </message>
    <message>
        <source>Your vault&apos;s key is kept in this computer&apos;s secure keyring.</source>
        <translation>보관함의 키는 이 컴퓨터의 비밀번호 저장소에 보관되어 있습니다.</translation>
    </message>
    <message>
        <source>Your vault opens only with your passphrase.</source>
        <translation>보관함은 내 암호 문구로만 열립니다.</translation>
    </message>
    <message>
        <source>No secure keyring is available on this computer, so a passphrase is used.</source>
        <translation>이 컴퓨터에는 안전한 비밀번호 저장소가 없어 암호 문구를 사용합니다.</translation>
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
        <translation>이제 보관함은 내 암호 문구로만 열립니다.</translation>
    </message>
    <message>
        <source>Your vault&apos;s key is now kept in this computer&apos;s keyring.</source>
        <translation>이제 보관함의 키가 이 컴퓨터의 비밀번호 저장소에 보관됩니다.</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>보관함</translation>
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
    <message>
        <source>The recovery file (recovery.json) is missing from your profile, so your recovery code can no longer open your vault. Make a new recovery code in Settings and keep it safe.</source>
        <translation>프로필에 복구 파일(recovery.json)이 없어서 이제 복구 코드로 보관함을 열 수 없습니다. 설정에서 새 복구 코드를 만들어 안전하게 보관해 주세요.</translation>
    </message>
    <message>
        <source>Make a new recovery code…</source>
        <translation>새 복구 코드 만들기…</translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <source>Before counselors can send requests, this profile needs its keys, and IT needs a policy file that carries the public half of them. The private keys never leave this profile&apos;s vault.</source>
        <translation>상담사가 요청을 보내려면 이 프로필에 키가 있어야 하고, 전산팀에는 공개 키가 담긴 정책 파일이 필요합니다. 개인 키는 이 프로필의 보관함 밖으로 나가지 않습니다.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>조직</translation>
    </message>
    <message>
        <source>EAP office</source>
        <translation>EAP 상담실</translation>
    </message>
    <message>
        <source>Shown to counselors as</source>
        <translation>상담사에게 보이는 이름</translation>
    </message>
    <message>
        <source>Exchange folder</source>
        <translation>교환 폴더</translation>
    </message>
    <message>
        <source>a shared folder, e.g. a network share</source>
        <translation>공유 폴더, 예: 네트워크 공유 폴더</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Folder as counselors reach it</source>
        <translation>상담사 PC에서 보이는 폴더 경로</translation>
    </message>
    <message>
        <source>only if different, e.g. \\server\wellcare</source>
        <translation>다를 때만, 예: \\server\wellcare</translation>
    </message>
    <message>
        <source>EAP phone</source>
        <translation>EAP 전화번호</translation>
    </message>
    <message>
        <source>EAP e-mail</source>
        <translation>EAP 이메일</translation>
    </message>
    <message>
        <source>Create keys and policy file</source>
        <translation>키와 정책 파일 만들기</translation>
    </message>
    <message>
        <source>Give the organisation&apos;s name and the exchange folder.</source>
        <translation>조직 이름과 교환 폴더를 입력해 주세요.</translation>
    </message>
    <message>
        <source>The set-up did not finish: %s</source>
        <translation>설정을 마치지 못했습니다: %s</translation>
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
    <name>SummaryView</name>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Floor and teams</source>
        <translation>전체와 팀</translation>
    </message>
</context>
<context>
    <name>SupportPanel</name>
    <message>
        <source>Talk to someone</source>
        <translation>이야기 나눌 곳</translation>
    </message>
    <message>
        <source>Ask the EAP office for counselling</source>
        <translation>EAP 상담실에 상담 요청하기</translation>
    </message>
    <message>
        <source>Ask for legal support</source>
        <translation>법률 지원 요청하기</translation>
    </message>
    <message>
        <source>EAP office</source>
        <translation>EAP 상담실</translation>
    </message>
</context>
<context>
    <name>SurgeTexts</name>
    <message>
        <source>Surge period: breaks adjusted</source>
        <translation>특별 대응 기간: 휴식 조정</translation>
    </message>
    <message>
        <source>Until %1, announced by the council (%2) through your EAP office.</source>
        <translation>%1까지입니다. 협의회의 공지(%2)를 EAP 상담실이 전달했습니다.</translation>
    </message>
    <message>
        <source>Until %s, as the EAP office announced.</source>
        <translation>EAP 상담실 공지에 따라 %s까지입니다.</translation>
    </message>
    <message>
        <source>Your organisation has not set what changes in a surge period, so your breaks and the exercise after a hard call stay as they are.</source>
        <translation>기관에서 특별 대응 기간에 바뀌는 내용을 정하지 않았으므로 휴식과 힘든 통화 뒤의 연습은 그대로입니다.</translation>
    </message>
    <message numerus="yes">
        <source>Short breaks come more often: about every %n minute(s).</source>
        <translation>
            <numerusform>짧은 휴식이 더 자주 옵니다: 약 %n분마다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rest breaks come more often: about every %n minute(s).</source>
        <translation>
            <numerusform>긴 휴식이 더 자주 옵니다: 약 %n분마다.</numerusform>
        </translation>
    </message>
    <message>
        <source>After every hard call, your protected break starts with the decompression exercise.</source>
        <translation>힘든 통화가 끝날 때마다 보호받는 휴식이 마음 가라앉히기 연습으로 시작됩니다.</translation>
    </message>
    <message>
        <source>Nothing more is asked of you. Take the breaks; they are there for you.</source>
        <translation>더 요구되는 것은 없습니다. 휴식은 상담사님을 위한 것이니 편하게 쉬세요.</translation>
    </message>
    <message>
        <source>Surge period until %s, announced by the council</source>
        <translation>특별 대응 기간: %s까지 (협의회 공지)</translation>
    </message>
    <message>
        <source>Surge period until %s</source>
        <translation>특별 대응 기간: %s까지</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>%s · requested %s</source>
        <translation>%s · %s 신청</translation>
    </message>
    <message>
        <source>A reply was ignored because %s. If this happens again, tell the EAP office.</source>
        <translation>답장이 %s 때문에 무시되었습니다. 다시 이런 일이 생기면 EAP 상담실에 알려 주세요.</translation>
    </message>
    <message>
        <source>What you sent</source>
        <translation>보낸 내용</translation>
    </message>
    <message>
        <source>Cancel this request…</source>
        <translation>이 요청 취소…</translation>
    </message>
    <message>
        <source>The EAP office&apos;s app confirmed it has your request.</source>
        <translation>EAP 상담실의 앱이 요청을 받았다고 확인했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n minute(s)</source>
        <translation>
            <numerusform>%1, %n분</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled (changed)</source>
        <translation>일정 확정 (변경됨)</translation>
    </message>
    <message>
        <source>The EAP office has been told.</source>
        <translation>EAP 상담실에 전달되었습니다.</translation>
    </message>
    <message>
        <source>WellCare could not tell the EAP office; call them if an appointment was made.</source>
        <translation>WellCare가 EAP 상담실에 알리지 못했습니다. 약속이 잡혀 있었다면 상담실에 전화해 주세요.</translation>
    </message>
    <message>
        <source>Telling the EAP office…</source>
        <translation>EAP 상담실에 알리는 중…</translation>
    </message>
    <message>
        <source>You cancelled it.</source>
        <translation>내가 취소했습니다.</translation>
    </message>
    <message>
        <source>Closed by the EAP office.</source>
        <translation>EAP 상담실에서 종료했습니다.</translation>
    </message>
    <message>
        <source>To: %s (%s)</source>
        <translation>받는 사람: %s (%s)</translation>
    </message>
    <message>
        <source>Urgency: %s</source>
        <translation>긴급도: %s</translation>
    </message>
    <message>
        <source>Times: %s</source>
        <translation>희망 시간: %s</translation>
    </message>
    <message>
        <source>Contact: %s, %s</source>
        <translation>연락 방법: %s, %s</translation>
    </message>
    <message>
        <source>Note: %s</source>
        <translation>메모: %s</translation>
    </message>
    <message>
        <source>Attached: %s</source>
        <translation>첨부: %s</translation>
    </message>
    <message>
        <source>If your organisation does not act</source>
        <translation>기관이 조치하지 않을 때</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>종결</translation>
    </message>
    <message>
        <source>Sealed and sent.</source>
        <translation>봉인되어 전송되었습니다.</translation>
    </message>
    <message>
        <source>Waiting to send: the shared folder cannot be reached right now. Your sealed request is kept on this computer and sent automatically.</source>
        <translation>전송 대기 중: 지금은 공유 폴더에 연결할 수 없습니다. 봉인된 요청은 이 컴퓨터에 보관되었다가 자동으로 전송됩니다.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Trend chart</source>
        <translation>변화 그래프</translation>
    </message>
    <message>
        <source>Nothing to draw yet: each result you save adds a point here.</source>
        <translation>아직 그릴 내용이 없습니다. 결과를 저장할 때마다 여기에 점이 하나씩 늘어납니다.</translation>
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
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>암호 문구는 %n자 이상이어야 합니다.</numerusform>
        </translation>
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
        <translation>보관함과 백업, 복구 파일이 모두 삭제됩니다. 마음 점검 기록과 메모, 힘든 통화 기록이 영구히 사라집니다. 확인하려면 %s를 입력하세요.</translation>
    </message>
    <message>
        <source>WellCare was reset. Let&apos;s set it up again.</source>
        <translation>WellCare를 초기화했습니다. 다시 설정해 볼까요?</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Type your passphrase to open your breaks, self-checks and notes. Choose Later to keep WellCare locked for now: the crisis lines and hard-call help still work.</source>
        <translation>암호 문구를 입력하면 휴식, 자가 점검, 기록을 열 수 있습니다. &apos;나중에&apos;를 누르면 WellCare가 잠긴 채로 계속 실행되며, 위기 상담 전화와 힘든 통화 지원은 그대로 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>나중에</translation>
    </message>
</context>
<context>
    <name>VaultErrors</name>
    <message>
        <source>There is no WellCare vault in this profile yet.</source>
        <translation>이 프로필에는 아직 WellCare 보관함이 없습니다.</translation>
    </message>
    <message>
        <source>A WellCare vault already exists here; it was left as it is.</source>
        <translation>이곳에 이미 WellCare 보관함이 있어 그대로 두었습니다.</translation>
    </message>
    <message>
        <source>The passphrase or key does not open this vault. The vault was not changed.</source>
        <translation>이 암호 문구나 키로는 보관함을 열 수 없습니다. 보관함은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>The vault file is damaged or incomplete (for example cut short by a failed copy). It was left untouched; restore it from a backup, or reset WellCare explicitly.</source>
        <translation>보관함 파일이 손상되었거나 일부만 남아 있습니다(예: 복사 실패로 잘린 경우). 파일은 손대지 않았습니다. 백업에서 복원하거나, 직접 WellCare를 초기화하세요.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring no longer holds the vault&apos;s key (a profile restore or a new desktop can cause this). Unlock it with your recovery code; the vault was not changed.</source>
        <translation>이 컴퓨터의 비밀번호 저장소에 더 이상 보관함 키가 없습니다(프로필 복원이나 새 데스크톱 환경에서 생길 수 있습니다). 복구 코드로 잠금을 해제하세요. 보관함은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>The only keyring available would store the key unencrypted, so WellCare will not use it. Please use a passphrase instead.</source>
        <translation>사용할 수 있는 비밀번호 저장소가 키를 암호화하지 않고 저장하므로 WellCare는 이를 사용하지 않습니다. 대신 암호 문구를 사용하세요.</translation>
    </message>
    <message>
        <source>This profile&apos;s description file is missing or unreadable while a vault exists. WellCare left everything as it is; restore the file or reset WellCare explicitly.</source>
        <translation>보관함은 있지만 프로필 설명 파일이 없거나 읽을 수 없습니다. WellCare는 모든 것을 그대로 두었습니다. 파일을 복원하거나 직접 초기화하세요.</translation>
    </message>
    <message>
        <source>That recovery code does not match this vault. Check it and try again.</source>
        <translation>이 복구 코드는 보관함과 맞지 않습니다. 확인한 뒤 다시 입력하세요.</translation>
    </message>
    <message>
        <source>This vault is locked with a passphrase. Enter it to continue.</source>
        <translation>이 보관함은 암호 문구로 잠겨 있습니다. 계속하려면 암호 문구를 입력하세요.</translation>
    </message>
    <message>
        <source>WellCare could not use its vault. Nothing was changed.</source>
        <translation>WellCare가 보관함을 사용하지 못했습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>The disk is full, so WellCare could not open or save its vault. Free some space on the disk and try again; nothing saved before was lost.</source>
        <translation>디스크가 가득 차서 WellCare가 보관함을 열거나 저장하지 못했습니다. 디스크 공간을 확보한 뒤 다시 시도해 주세요. 이전에 저장한 내용은 그대로 있습니다.</translation>
    </message>
    <message>
        <source>WellCare may not read or write the vault file or its folder (it is read-only, on a read-only drive, or belongs to another user). Give your user read and write access to the profile folder, then try again. The vault was not changed.</source>
        <translation>WellCare가 보관함 파일이나 그 폴더를 읽거나 쓸 수 없습니다(읽기 전용이거나, 읽기 전용 드라이브에 있거나, 다른 사용자의 것입니다). 프로필 폴더에 내 사용자 계정의 읽기·쓰기 권한을 준 뒤 다시 시도해 주세요. 보관함은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The vault&apos;s name (vault.db) in this profile is taken by something that is not a file (a folder, a pipe or a device). WellCare did not touch it; move it away or restore the real vault file, then try again.</source>
        <translation>이 프로필에서 보관함 이름(vault.db)을 파일이 아닌 것(폴더, 파이프 또는 장치)이 쓰고 있습니다. WellCare는 그것을 건드리지 않았습니다. 그것을 다른 곳으로 옮기거나 원래 보관함 파일을 복원한 뒤 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>WellCare is being set up in this profile by another window or command. Wait for it, then try again.</source>
        <translation>다른 창이나 명령이 이 프로필에서 WellCare를 설정하고 있습니다. 끝날 때까지 기다린 뒤 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>The vault is open in another WellCare (in another window, or on another computer when the profile is on a network folder). Close WellCare there, then try again. The vault was not changed.</source>
        <translation>보관함이 다른 WellCare에서 열려 있습니다(다른 창, 또는 프로필이 네트워크 폴더에 있다면 다른 컴퓨터). 그쪽의 WellCare를 닫은 뒤 다시 시도하세요. 보관함은 바뀌지 않았습니다.</translation>
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
        <translation>응답, 메모, 힘든 통화 기록은 이 컴퓨터의 암호화된 보관함에 보관됩니다. 관리자, 전산 담당자, EAP 담당자 누구도 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>What the coordinator can see</source>
        <translation>EAP 담당자가 볼 수 있는 것</translation>
    </message>
    <message>
        <source>the EAP coordinator</source>
        <translation>EAP 담당자</translation>
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
        <source>Lock</source>
        <translation>잠그기</translation>
    </message>
    <message>
        <source>Quit WellCare</source>
        <translation>WellCare 종료</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>복구 코드</translation>
    </message>
    <message>
        <source>WellCare (starting…)</source>
        <translation>WellCare (시작하는 중…)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <source>WellCare could not start. Your records are unchanged. Please start it again; if this happens again, tell your IT team.</source>
        <translation>WellCare를 시작하지 못했습니다. 기록은 바뀌지 않았습니다. 다시 시작해 주세요. 같은 일이 또 생기면 IT 담당자에게 알려 주세요.</translation>
    </message>
</context>
<context>
    <name>_Window</name>
    <message>
        <source>WellCare break</source>
        <translation>WellCare 휴식</translation>
    </message>
</context>
</TS>
