// Korean (한국어): 합니다/해 주세요, the formal polite register a support desk uses with someone it
// does not know.
/* eslint-disable max-len -- a message stays on one line, so the languages compare line by line */
import type { Catalogue } from "../messages.js";

const catalogue: Catalogue = {
  "card.english":
    "<sub>아래에 같은 내용의 영어 원문이 있습니다. 이 요청을 영어로만 보고 싶으시면 여기에 `/english`라고 댓글을 남겨 주세요.</sub>",
  "status.triage": "상태: 대기열에서 검토 담당자를 기다리는 중",
  "status.needs-info.question": "상태: 회원님의 답변을 기다리는 중 (검토 담당자의 질문이 있습니다)",
  "status.needs-info.problems": "상태: 회원님의 답변을 기다리는 중 (몇 가지 수정이 필요합니다)",
  "status.verifying": "상태: 계정이 회원님의 것인지 확인하는 중 (회원님의 조치를 기다리는 중)",
  "status.verified": "상태: 확인 완료, 검토 담당자의 결정을 기다리는 중",
  "status.on-hold": "상태: 일시 중지됨",
  "status.resolved": "상태: 승인됨",
  "status.denied": "상태: 거절됨",
  "status.duplicate": "상태: 종료됨 (이미 진행 중인 요청이 있습니다)",
  "status.withdrawn": "상태: 철회됨",
  "status.stale": "상태: 종료됨 (답변이 없었습니다)",
  "status.closed": "상태: 종료됨",
  "status.closed-by": "상태: {login} 님이 종료함",
  "row.account": "계정",
  "account.named": "{registry}의 {username}",
  "account.none": "아직 입력되지 않음",
  "row.reviewer": "검토 담당자",
  "reviewer.none": "아직 배정되지 않음",
  "row.next": "다음 단계",
  "next.triage": "검토 담당자가 확인을 시작합니다",
  "next.needs-info": "**회원님**: 아래를 확인해 주세요",
  "next.verifying": "**회원님**: 아래를 확인해 주세요",
  "next.verified": "검토 담당자가 결정합니다",
  "next.on-hold": "검토 담당자가 처리를 재개합니다",
  "row.queue": "대기열",
  "queue.ahead":
    "{count, plural, =0 {회원님보다 먼저 접수되어 검토 담당자를 기다리는 요청은 없습니다} other {회원님보다 먼저 접수된 요청 #건이 검토 담당자를 기다리고 있습니다}}",
  "row.wait": "예상 대기 시간",
  "wait.weeks": "{count, plural, other {약 #주}} (최근 처리 속도를 바탕으로 한 추정치)",
  "wait.unknown": "아직 추정할 수 없습니다",
  "body.triage.next":
    "**앞으로의 진행:** 검토 담당자가 회원님의 요청을 확인합니다. 그다음 보통 {registry}에 이 계정으로 등록된 이메일 주소로 연락하여 계정이 회원님의 것인지 확인합니다. 해당 메일함과 스팸 폴더를 잘 확인해 주세요.",
  "body.triage.wait": "**지금은 아무것도 하실 필요가 없습니다.** 요청은 접수된 순서대로 처리됩니다. 요청이 진행되면 이 댓글이 바뀝니다.",
  "body.question": "{requester} 님, 검토 담당자의 질문입니다:",
  "body.question.todo":
    "**해 주실 일:** 아래에 댓글로 답변해 주세요 (또는 요청을 수정해 주세요). 답변하시는 즉시 요청이 다음 단계로 진행됩니다.",
  "body.problems": "{requester} 님, 아직 요청 처리를 시작할 수 없습니다:",
  "body.problems.todo":
    "**해 주실 일:** 요청 상단의 **⋯** 메뉴를 열고 **Edit**를 선택한 뒤, 위의 항목을 고치고 저장해 주세요. 저장하는 즉시 요청이 다시 확인되므로 새 요청을 만들 필요는 없습니다.",
  "step.email":
    "**이메일을 확인해 주세요.** 검토 담당자가 이 계정에 등록된 주소로 일회용 코드를 보냈습니다 (스팸 폴더도 확인해 주세요). 코드가 도착하면 `/code` 뒤에 8자리 숫자를 붙여 댓글로 남겨 주세요. 예: `/code 12345678`. 코드는 한 번만, 이 요청에서만 사용할 수 있습니다.",
  "step.locked": "잘못된 코드가 너무 많이 입력되어 이메일 확인이 잠겼습니다. 다음 단계는 검토 담당자가 알려 드립니다.",
  "step.repo":
    "**브랜치를 만들어 주세요.** {repo}에 {branch}라는 이름의 빈 브랜치를 만든 뒤 `/done`이라고 댓글을 남겨 주세요. 이 저장소에 push할 수 있는 사람만 할 수 있습니다. 기한: {until}.",
  "step.none": "다음 단계는 검토 담당자가 여기에서 알려 드립니다.",
  "body.verified":
    "감사합니다. 계정이 회원님의 것으로 확인되었습니다. 이제 검토 담당자가 결정한 뒤 여기에서 알려 드립니다. **지금은 아무것도 하실 필요가 없습니다.**",
  "body.on-hold": "검토 담당자가 이 요청을 일시 중지했습니다. 잃는 것은 없으며, 중지된 동안에는 어떤 기한도 흐르지 않습니다.",
  "body.on-hold.reason":
    "검토 담당자가 이 요청을 일시 중지했습니다: {reason}. 잃는 것은 없으며, 중지된 동안에는 어떤 기한도 흐르지 않습니다.",
  "body.resolved": "검토 담당자가 계정 복구를 승인했습니다{note}. {registry}에서 보낸 이메일의 안내에 따라 계정에 다시 로그인해 주세요.",
  "body.denied": "검토 담당자가 이 계정 복구를 승인할 수 없었습니다{note}.",
  "body.new-information": "새로운 정보가 있으시면 여기에 답글을 남겨 주세요.",
  "body.duplicate":
    "이 계정에 대해 이미 진행 중인 요청이 있습니다: {number}. 모든 내용을 한곳에 모으기 위해 이 요청은 종료했습니다. 이전 요청의 대기 순서는 그대로 유지됩니다. {number}에서 계속해 주세요 (바꿀 내용이 있으면 그 요청을 수정하시면 됩니다).",
  "body.withdrawn": "회원님이 이 요청을 종료하셨으므로 더 이상 처리되지 않습니다. 실수였다면 여기에 `/reopen`이라고 댓글을 남겨 주세요.",
  "body.withdrawn.until":
    "회원님이 이 요청을 종료하셨으므로 더 이상 처리되지 않습니다. 실수였다면 {date} 전에 여기에 `/reopen`이라고 댓글을 남겨 주세요.",
  "body.stale": "답변을 받지 못해 이 요청은 종료되었습니다. 아직 도움이 필요하시면 여기에 답글을 남겨 주세요. 요청이 다시 열립니다.",
  "body.stale.until":
    "답변을 받지 못해 이 요청은 종료되었습니다. 아직 도움이 필요하시면 {date} 전에 여기에 답글을 남겨 주세요. 요청이 다시 열립니다.",
  "body.closed": "이 요청은 종료되었습니다. 잘못되었다고 생각하시면 여기에 답글로 이유를 알려 주세요.",
  safety:
    "⚠️ 이 페이지는 공개되어 있습니다. 복구 코드, 비밀번호, API 토큰, 일회용 코드를 절대 여기에 올리지 마세요. 유일한 예외는 확인 이메일에서 요청하는 `/code`입니다.",
  "note.emails-removed":
    "이 페이지는 공개되어 있으므로 요청에서 회원님의 이메일 주소를 삭제했습니다 (GitHub의 수정 기록에는 아직 남아 있습니다).",
  "problem.username-missing": "{field} 칸이 비어 있습니다. {registry}에 로그인할 때 쓰는 사용자 이름을 적어 주세요.",
  "problem.username-unknown":
    "{field} 칸에 사용자 이름이 없습니다. {registry}에 로그인할 때 쓰는 이름을 적어 주세요. {registry}에서 받은 이메일에 계정 이름이 나와 있습니다. 찾을 수 없다면 사유 칸에 그렇게 적어 주세요. 검토 담당자가 방법을 알려 드립니다.",
  "problem.username-email":
    "{field} 칸에 이메일 주소가 들어 있습니다. 로그인할 때 쓰는 {registry} 사용자 이름으로 바꿔 주세요. 여기서는 이메일 주소가 전혀 필요하지 않습니다.",
  "problem.username-secret":
    "{field} 칸에 {secret}처럼 보이는 내용이 있었습니다. 이 페이지는 공개되어 있으므로 요청에서 삭제했습니다. 이 칸에는 {registry} 사용자 이름만 적어 주세요.",
  "problem.username-several":
    "{field} 칸에 계정이 두 개 이상 적혀 있습니다 ({names}). 하나만 남기고, 나머지 계정은 각각 별도의 요청으로 제출해 주세요.",
  "problem.username-invalid":
    "{name}은(는) {registry} 사용자 이름이 될 수 없습니다. 사용자 이름에는 {rules}만 쓸 수 있습니다. 철자를 확인하고 사용자 이름만 적어 주세요.",
  "rules.pypi": "영문자, 숫자, 마침표, 밑줄, 하이픈(영문자나 숫자로 시작하고 끝나야 하며 최대 50자)",
  "rules.github": "영문자, 숫자, 연속되지 않은 하이픈(하이픈으로 시작하거나 끝날 수 없으며 최대 39자)",
  "rules.lenient": "공백이나 「@」가 없는 한 단어(최대 100자)",
  "problem.reason-unclear":
    "{field} 칸에 무슨 일이 있었는지 적혀 있지 않습니다. 무엇에 접근할 수 없게 되었는지 한 문장으로 설명해 주세요: 2단계 인증 앱 또는 보안 키, 복구 코드, 이메일 주소 중 무엇인가요?",
  "problem.says-solved":
    "요청에 문제가 해결되었다고 적혀 있습니다. 이미 로그인할 수 있다면 여기에 `/withdraw`라고 댓글을 남겨 이 요청을 종료해 주세요. 아직 할 수 없다면 요청을 수정해 무엇을 할 수 없는지 설명해 주세요. 요청이 다시 대기열로 돌아갑니다.",
  "problem.reason-missing":
    "{field} 칸이 비어 있습니다. 무엇에 접근할 수 없게 되었는지 한 문장으로 설명해 주세요: 2단계 인증 앱 또는 보안 키, 복구 코드, 이메일 주소 중 무엇인가요?",
  "problem.account-not-found":
    "{name}이라는 이름의 {registry} 계정을 찾지 못했습니다. 철자를 확인하고 로그인할 때 쓰는 이름을 정확히 그대로 적어 주세요.",
  "problem.account-not-found.test":
    "테스트 인스턴스에서 {name}이라는 이름의 {registry} 계정을 찾지 못했습니다. 철자를 확인하고 로그인할 때 쓰는 이름을 정확히 그대로 적어 주세요.",
  "problem.box-unchecked": "{field} 확인란에 체크해 주세요 (요청 화면에서 바로 클릭할 수 있습니다).",
  "problem.box-unchecked.recovery-codes":
    "{field} 확인란에 체크해 주세요 (요청 화면에서 바로 클릭할 수 있습니다). 복구 코드가 하나라도 남아 있다면 그 코드로 로그인할 수 있으므로 이 요청은 필요하지 않습니다.",
  "secret.recovery-codes": "복구 코드",
  "secret.api-token": "API 토큰",
  "secret.totp-secret": "2단계 인증(TOTP) 비밀 키",
  "secret.password": "비밀번호",
  "secret.email-code": "회원님의 일회용 코드",
  "advice.recovery-codes": "그 복구 코드는 이미 사용된 것으로 간주해 주세요. 누구든 복사했을 수 있습니다.",
  "advice.api-token":
    "로그인할 수 있게 되는 즉시 그 API 토큰을 폐기하고 (검토 담당자가 먼저 폐기할 수도 있습니다) 새 토큰을 만들어 주세요.",
  "advice.totp-secret": "그 2단계 인증 비밀 키는 노출되었습니다. 접근을 되찾으면 해당 인증 앱을 삭제하고 새로 설정해 주세요.",
  "advice.password": "그 비밀번호를 바꿔 주세요. 같은 비밀번호를 쓰는 다른 곳도 모두 바꿔 주세요.",
  "advice.email-code": "코드를 사용하려면 한 줄에 `/code`와 숫자만 적어 댓글로 남겨 주세요.",
  "advice.never": "코드, 비밀번호, 토큰을 절대 여기에 올리지 마세요. 이 서비스의 누구도 그런 것을 요구하지 않습니다.",
  "audience.maintainer": "이 서비스의 관리자",
  "audience.requester": "이 요청을 연 사람",
  "audience.both": "이 서비스의 관리자 또는 이 요청을 연 사람",
  "notice.refused": "{command} 명령은 {who}만 사용할 수 있으므로 아무것도 변경되지 않았습니다.",
  "notice.usage": "{command} 명령은 올바르게 작성되지 않아 실행되지 않았습니다 (정확한 이유는 아래에 영어로 적혀 있습니다).",
  "notice.hint": "{written} 명령은 없습니다. {meant} 명령을 입력하려고 하셨나요?",
  "notice.closed-case": "이 요청은 종료되었으므로 {command} 명령은 더 이상 효과가 없습니다.",
  "notice.own-case":
    "{command} 명령은 실행되지 않았습니다. 누구도 자신의 계정 복구 요청을 직접 결정할 수 없습니다. 다른 관리자가 결정해야 합니다.",
  "notice.verification-off": "이 서비스에는 확인 기능이 설정되어 있지 않아 아무것도 시작되지 않았습니다. 관리자가 설정해야 합니다.",
  "notice.info-request": "요청을 진행하기 전에 검토 담당자가 회원님께 확인할 것이 있습니다:\n\n{question}\n\n아래에 댓글로 답변해 주세요.",
  "notice.email-sent":
    "검토 담당자가 {registry}에 이 계정으로 등록된 주소로 일회용 코드가 담긴 이메일을 보냈습니다. 받은편지함 (및 스팸 폴더)을 확인해 주세요. 이메일이 도착하면 여기에 `/code` 뒤에 8자리 숫자를 붙여 댓글로 남겨 주세요. 예: `/code 12345678`. 코드는 한 번만, 이 요청에서만, 회원님만 사용할 수 있습니다.",
  "notice.challenge":
    "{repo}을(를) 관리하고 있음을 보여 주시려면 그 저장소에 {branch}라는 이름의 빈 브랜치를 만든 뒤 (예: {push}) 여기에 `/done`이라고 댓글을 남겨 주세요. 브랜치는 나중에 삭제하셔도 됩니다. 이 확인은 {until}까지 가능합니다.",
  "notice.code-wrong": "코드가 올바르지 않습니다. 가장 최근 이메일을 확인하고 다시 시도해 주세요 ({count, plural, other {남은 기회 #번}}).",
  "notice.code-expired":
    "이 코드는 만료되었습니다 (코드는 {hours}시간 동안 유효합니다). 여기에 답글을 남겨 검토 담당자에게 새 코드를 요청해 주세요.",
  "notice.code-used": "이 코드는 이미 사용되었습니다. 이메일 확인을 위해 더 하실 일은 없습니다.",
  "notice.code-locked":
    "잘못된 코드가 너무 많이 입력되어 계정을 보호하기 위해 이메일 확인이 잠겼습니다. 다음 단계는 검토 담당자가 결정합니다.",
  "notice.code-key-revoked":
    "이 코드는 그 후 교체된 검토 담당자 키로 발송되었기 때문에 이 코드로는 이메일 확인을 완료할 수 없습니다. {reviewer} 님 또는 다른 검토 담당자가 `/verify email`을 다시 실행해 새 코드를 보내 드립니다.",
  "factor.email": "이메일 확인",
  "factor.repo": "저장소 확인",
  "notice.factor-voided":
    "{reviewer} 님이 {factor} 절차를 시작했지만 더 이상 이 저장소에서 작업할 수 없어, 이 절차는 무효가 되었고 받은 내용도 인정되지 않았습니다. 관리자가 {command} 명령으로 다시 시작합니다.",
  "notice.code-not-expected": "지금은 이 요청에 이메일 코드를 기다리고 있지 않습니다. 코드를 보낼 때 검토 담당자가 알려 드립니다.",
  "notice.challenge-not-expected": "이 요청에는 진행 중인 저장소 확인이 없습니다.",
  "notice.branch-missing":
    "{repo}에서 {branch} 브랜치를 아직 찾지 못했습니다. 이름을 확인하고 (정확히 일치해야 합니다) push한 뒤 다시 `/done`이라고 댓글을 남겨 주세요.",
  "notice.branch-unchecked": "지금은 저장소를 확인할 수 없었습니다. 잃는 것은 없습니다. 자동으로 다시 확인합니다.",
  "notice.challenge-expired": "{repo} 저장소 확인이 브랜치 없이 만료되었습니다. 다음 단계는 검토 담당자가 결정합니다.",
  "notice.challenge-unreachable":
    "앱이 더 이상 {repo}을(를) 볼 수 없습니다 (비공개로 바뀌었거나, 이름이 바뀌었거나, 삭제되었습니다). 그래서 이 확인은 완료될 수 없습니다. 검토 담당자가 다른 확인 방법을 선택합니다.",
  "notice.approve-needs-verification":
    "이 요청은 아직 확인되지 않아 승인되지 않았습니다. 먼저 확인을 마치거나, 사유를 기록해 그대로 승인하려면 `/approve force <reason>`을 입력해 주세요.",
  "notice.verified": "필요한 확인 단계가 모두 완료되었습니다. 이 요청은 결정을 기다리고 있습니다 (`/approve` 또는 `/deny <reason>`).",
  "notice.approved":
    "회원님의 계정 복구 요청이 승인되었습니다{note}. {registry}에서 보낸 이메일의 안내에 따라 계정에 다시 로그인해 주세요.",
  "notice.denied": "회원님의 계정 복구 요청은 승인되지 못했습니다: {reason}. 새로운 정보가 있으시면 여기에 답글을 남겨 주세요.",
  "notice.help":
    "이 요청에서 회원님({sender})이 사용할 수 있는 명령은 다음과 같습니다. 명령 목록과 설명은 아래에 영어로 적혀 있습니다. 각 명령을 표시된 그대로 정확히 입력해 주세요.",
  "notice.reminder":
    "이 요청은 회원님의 답변을 기다리고 있습니다 (위의 상태 카드를 확인해 주세요). {days}일 안에 소식이 없으면 요청이 종료됩니다. 나중에라도 여기에 답글을 남기면 다시 열립니다.",
  "notice.stale-closed":
    "{days}일 동안 회원님의 소식이 없어 이 요청은 종료되었습니다. 아직 도움이 필요하시면 {reopenDays}일 안에 여기에 답글을 남겨 주세요. 요청이 다시 열립니다.",
  "notice.reopened": "요청자가 답글을 남겨 이 요청이 다시 열렸으며, 종료되기 전의 단계로 돌아갔습니다.",
  "notice.reopen-too-late": "이 요청은 종료된 지 {days}일이 넘어 다시 열 수 없습니다. 새 요청을 열어 주세요.",
  "notice.not-reopenable": "이 방법으로 다시 열 수 있는 요청은 답변이 없어 종료된 요청이나 회원님이 철회한 요청뿐입니다.",
  "notice.withdrawal.sure":
    "요청하신 대로 이 요청은 종료되었습니다. 다시 필요하시면 {days}일 안에 여기에 `/reopen`이라고 댓글을 남겨 주세요.",
  "notice.withdrawal.unsure":
    "다시 로그인할 수 있게 되신 것 같습니다. 그렇다면 `/withdraw`라고 댓글을 남겨 이 요청을 종료해 주세요. 아직 도움이 필요하시면 여기에 그렇게 말씀해 주세요. 요청의 대기 순서는 그대로 유지됩니다.",
  "notice.reply-after-decision": "요청이 거절된 뒤 요청자가 답글을 남겼습니다. 요청을 다시 열지 않는 한 결정은 유지됩니다.",
  "notice.command-too-late":
    "{date}에 작성하신 {commands} 명령이 담긴 댓글이 GitHub에서 이 서비스로 전달되지 않았고, 이제는 너무 오래되어 적용할 수 없습니다. 아무것도 실행되지 않았습니다. 다시 올려 주세요.",
  "notice.command-before-reset":
    "{commands} 명령은 요청에 적힌 계정이 바뀌기 전에 작성되어 실행되지 않았습니다. 그때 적혀 있던 계정에 대한 명령이었기 때문입니다. 지금 적힌 계정에도 해당된다면 다시 올려 주세요.",
  "news.unknown": "이 요청은 대기열에서 검토 담당자를 기다리고 있습니다.",
  "news.next": "이 요청은 대기열의 다음 차례입니다. 이보다 먼저 접수되어 검토 담당자를 기다리는 요청은 없습니다.",
  "news.ahead": "이 요청은 대기열에 있습니다. 이보다 먼저 접수된 요청 {count, plural, other {#건}}이 검토 담당자를 기다리고 있습니다.",
  "news.wait": "예상 대기 시간은 {count, plural, other {약 #주}}입니다 (최근 처리 속도를 바탕으로 한 추정치).",
  "news.after":
    "요청은 접수된 순서대로 처리됩니다. 이 요청이 진행되면 위의 상태 카드가 바로 바뀌므로 다시 물어보실 필요는 없습니다. 진행 상황만 묻는 댓글은 이 스레드를 읽기 쉽게 유지하기 위해 숨겨지며, 요청의 순서에는 영향을 주지 않습니다.",
  "news.passer-by":
    "본인 계정에 접근할 수 없게 되셨다면 본인의 요청을 따로 열어 주세요. 요청 하나는 계정 하나에 대한 것이며, 여기에 댓글을 남겨도 회원님의 계정이 대기열에 추가되지 않습니다.",
  "notice.too-many-commands": "댓글 하나에서는 처음 10개의 명령만 실행됩니다. 나머지 {count}개는 무시되었습니다.",
  "notice.board-move-refused":
    "{mover} 님이 프로젝트 보드에서 이 요청을 {column}(으)로 옮겼지만, 서비스가 원래 자리로 되돌렸습니다 (이유는 아래에 영어로 적혀 있습니다).",
  "notice.secret-in-comment": "{commenter} 님, 댓글에 {secrets}이(가) 포함되어 있어 삭제했습니다. 이 페이지는 공개되어 있습니다. {advice}",
  "notice.address-in-comment":
    "{commenter} 님, 댓글에 이메일 주소가 포함되어 있어 삭제했습니다. 이 페이지는 공개되어 있습니다. 검토 담당자는 등록된 주소로 연락합니다. 주소를 빼고 댓글을 다시 올려 주세요.",
  "part.request": "회원님의 요청",
  "part.request-title": "회원님의 요청 제목",
  "part.request-both": "회원님의 요청 (제목과 본문)",
  "part.issue": "회원님의 issue",
  "part.issue-title": "회원님의 issue 제목",
  "part.issue-both": "회원님의 issue (제목과 본문)",
  "notice.secret-in-body":
    "{what}에 {secrets}이(가) 포함되어 있었습니다. 해당 내용은 `[redacted]`로 바뀌었지만, GitHub는 수정 기록을 보관하며 누구나 읽을 수 있으므로 유출된 것으로 간주해 주세요. {advice}",
};
export default catalogue;
