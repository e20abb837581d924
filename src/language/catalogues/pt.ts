// Portuguese (português, written to be read in Brazil and Portugal alike): "você", polite and plain.
/* eslint-disable max-len -- a message stays on one line, so the languages compare line by line */
import type { Catalogue } from "../messages.js";

const catalogue: Catalogue = {
  "card.english": "<sub>O mesmo texto em inglês está abaixo. Se preferir esta solicitação só em inglês, comente `/english` aqui.</sub>",
  "status.triage": "Situação: na fila, aguardando um revisor",
  "status.needs-info.question": "Situação: aguardando você (o revisor tem uma pergunta)",
  "status.needs-info.problems": "Situação: aguardando você (alguns pontos precisam ser corrigidos)",
  "status.verifying": "Situação: verificando se a conta é sua (aguardando você)",
  "status.verified": "Situação: verificada, aguardando a decisão do revisor",
  "status.on-hold": "Situação: pausada",
  "status.resolved": "Situação: aprovada",
  "status.denied": "Situação: negada",
  "status.duplicate": "Situação: encerrada, você já tem uma solicitação aberta",
  "status.withdrawn": "Situação: retirada",
  "status.stale": "Situação: encerrada, sem resposta",
  "status.closed": "Situação: encerrada",
  "status.closed-by": "Situação: encerrada por {login}",
  "row.account": "Conta",
  "account.named": "{username} em {registry}",
  "account.none": "ainda não informada",
  "row.reviewer": "Revisor",
  "reviewer.none": "ainda não atribuído",
  "row.next": "Próximo passo",
  "next.triage": "o revisor inicia a verificação",
  "next.needs-info": "**você**: veja abaixo",
  "next.verifying": "**você**: veja abaixo",
  "next.verified": "o revisor decide",
  "next.on-hold": "o revisor retoma o caso",
  "row.queue": "Fila",
  "queue.ahead":
    "{count, plural, =0 {nenhuma solicitação enviada antes da sua está aguardando um revisor} one {# solicitação enviada antes da sua está aguardando um revisor} other {# solicitações enviadas antes da sua estão aguardando um revisor}}",
  "row.wait": "Espera prevista",
  "wait.weeks": "{count, plural, one {cerca de # semana} other {cerca de # semanas}} (uma estimativa pelo ritmo recente)",
  "wait.unknown": "ainda não é possível estimar",
  "body.triage.next":
    "**O que acontece agora:** um revisor vai analisar sua solicitação. Depois, ele confirma que a conta é sua, normalmente escrevendo para o endereço de e-mail que {registry} tem cadastrado para ela. Fique de olho nessa caixa de entrada e na pasta de spam.",
  "body.triage.wait":
    "**Você não precisa fazer nada agora.** As solicitações são atendidas por ordem de chegada; este comentário é atualizado à medida que a sua avança.",
  "body.question": "{requester}, o revisor perguntou:",
  "body.question.todo":
    "**O que fazer:** responda em um comentário abaixo (ou edite sua solicitação). Ela avança assim que você fizer isso.",
  "body.problems": "{requester}, ainda não podemos começar a analisar sua solicitação:",
  "body.problems.todo":
    "**O que fazer:** abra o menu **⋯** no topo da sua solicitação, escolha **Edit**, corrija os pontos acima e salve. A solicitação é verificada de novo assim que você salvar; não é preciso abrir outra.",
  "step.email":
    "**Verifique seu e-mail.** O revisor enviou um código de uso único para o endereço cadastrado nesta conta (veja também o spam). Quando chegar, comente `/code` seguido dos 8 dígitos, por exemplo `/code 12345678`. O código funciona uma única vez e só nesta solicitação.",
  "step.locked":
    "Foram digitados códigos errados demais, então a verificação por e-mail está bloqueada. O revisor vai informar o próximo passo.",
  "step.repo":
    "**Crie uma branch.** Crie uma branch vazia chamada {branch} em {repo} e depois comente `/done`. Isso só funciona para quem pode fazer push nesse repositório. Disponível até {until}.",
  "step.none": "O revisor vai informar aqui o próximo passo.",
  "body.verified":
    "Obrigado: a conta foi confirmada como sua. Agora o revisor vai decidir e avisar aqui. **Você não precisa fazer nada agora.**",
  "body.on-hold": "O revisor pausou esta solicitação. Nada se perde e nenhum prazo corre enquanto ela estiver pausada.",
  "body.on-hold.reason": "O revisor pausou esta solicitação: {reason}. Nada se perde e nenhum prazo corre enquanto ela estiver pausada.",
  "body.resolved": "O revisor aprovou a recuperação{note}. Siga as instruções do e-mail de {registry} para voltar a acessar sua conta.",
  "body.denied": "O revisor não pôde aprovar esta recuperação{note}.",
  "body.new-information": "Se tiver informações novas, responda aqui.",
  "body.duplicate":
    "Você já tem uma solicitação aberta para esta conta: {number}. Encerramos esta para manter tudo em um só lugar; sua solicitação anterior mantém o lugar na fila. Continue em {number} (você pode editá-la se algo precisar mudar).",
  "body.withdrawn": "Você encerrou esta solicitação, então ninguém vai trabalhar nela. Se foi um engano, comente `/reopen` aqui.",
  "body.withdrawn.until":
    "Você encerrou esta solicitação, então ninguém vai trabalhar nela. Se foi um engano, comente `/reopen` aqui antes de {date}.",
  "body.stale":
    "Esta solicitação foi encerrada porque não tivemos resposta. Se ainda precisar de ajuda, responda aqui e ela será reaberta.",
  "body.stale.until":
    "Esta solicitação foi encerrada porque não tivemos resposta. Se ainda precisar de ajuda, responda aqui antes de {date} e ela será reaberta.",
  "body.closed": "Esta solicitação foi encerrada. Se acha que foi um engano, responda aqui e explique o motivo.",
  safety:
    "⚠️ Esta página é pública. Nunca publique aqui códigos de recuperação, senhas, tokens de API ou códigos de uso único; a única exceção é o `/code` pedido pelo e-mail de verificação.",
  "note.emails-removed":
    "Removemos seu endereço de e-mail desta solicitação porque esta página é pública (o histórico de edições do GitHub ainda o mostra).",
  "problem.username-missing": "O campo {field} está vazio. Escreva o nome de usuário que você usa para entrar em {registry}.",
  "problem.username-unknown":
    "O campo {field} não traz um nome de usuário. Escreva o nome que você usa para entrar em {registry}. Os e-mails que {registry} enviou a você citam sua conta. Se não conseguir encontrá-lo, diga isso no motivo e o revisor dirá o que fazer.",
  "problem.username-email":
    "O campo {field} contém um endereço de e-mail. Troque-o pelo seu nome de usuário em {registry}, o nome que você usa para entrar; aqui nunca precisamos do seu e-mail.",
  "problem.username-secret":
    "O campo {field} continha algo que parece {secret}; isso foi removido da sua solicitação porque esta página é pública. Edite o campo para que contenha apenas seu nome de usuário em {registry}.",
  "problem.username-several":
    "O campo {field} cita mais de uma conta ({names}). Deixe só uma e abra uma solicitação separada para cada uma das outras.",
  "problem.username-invalid":
    "{name} não pode ser um nome de usuário de {registry}. Nomes de usuário contêm apenas {rules}. Confira a grafia e escreva só o nome de usuário.",
  "rules.pypi": "letras, dígitos, pontos, sublinhados e hifens, começando e terminando com letra ou dígito, com no máximo 50 caracteres",
  "rules.github": "letras, dígitos e hifens isolados, sem começar nem terminar com hífen, com no máximo 39 caracteres",
  "rules.lenient": "uma única palavra sem espaços nem “@”, com no máximo 100 caracteres",
  "problem.reason-unclear":
    "O campo {field} não diz o que aconteceu. Diga em uma frase a que você perdeu o acesso: seu aplicativo de dois fatores ou chave de segurança, seus códigos de recuperação ou seu endereço de e-mail.",
  "problem.says-solved":
    "Sua solicitação diz que o problema foi resolvido. Se você já consegue entrar na conta, comente `/withdraw` aqui para encerrar esta solicitação. Se ainda não consegue, edite a solicitação dizendo o que não consegue fazer e ela volta para a fila.",
  "problem.reason-missing":
    "O campo {field} está vazio. Diga em uma frase a que você perdeu o acesso: seu aplicativo de dois fatores ou chave de segurança, seus códigos de recuperação ou seu endereço de e-mail.",
  "problem.account-not-found":
    "Não encontramos nenhuma conta de {registry} chamada {name}. Confira a grafia e escreva o nome exatamente como você o usa para entrar.",
  "problem.account-not-found.test":
    "Não encontramos nenhuma conta de {registry} chamada {name} na instância de testes. Confira a grafia e escreva o nome exatamente como você o usa para entrar.",
  "problem.box-unchecked": "Marque a caixa em {field} (você pode clicar nela direto na sua solicitação).",
  "problem.box-unchecked.recovery-codes":
    "Marque a caixa em {field} (você pode clicar nela direto na sua solicitação). Se ainda tiver algum dos seus códigos de recuperação, pode entrar com ele e não precisa desta solicitação.",
  "secret.recovery-codes": "códigos de recuperação",
  "secret.api-token": "um token de API",
  "secret.totp-secret": "um segredo de dois fatores (TOTP)",
  "secret.password": "uma senha",
  "secret.email-code": "seu código de uso único",
  "advice.recovery-codes": "Considere esses códigos de recuperação como usados: qualquer pessoa pode tê-los copiado.",
  "advice.api-token": "Revogue esse token de API assim que conseguir entrar (um revisor pode revogá-lo antes) e crie um novo.",
  "advice.totp-secret":
    "Esse segredo de dois fatores está comprometido: quando recuperar o acesso, remova esse autenticador e configure um novo.",
  "advice.password": "Troque essa senha, e também em qualquer outro lugar onde você a tenha usado.",
  "advice.email-code": "Para usar um código, comente `/code` seguido dos dígitos em uma linha separada.",
  "advice.never": "Nunca publique aqui códigos, senhas ou tokens: ninguém deste atendimento vai pedi-los.",
  "audience.maintainer": "os responsáveis por este atendimento",
  "audience.requester": "a pessoa que abriu esta solicitação",
  "audience.both": "os responsáveis por este atendimento ou a pessoa que abriu esta solicitação",
  "notice.refused": "{command} só pode ser usado por {who}, então nada foi alterado.",
  "notice.usage": "{command} não foi executado porque não está escrito corretamente (o motivo exato está abaixo, em inglês).",
  "notice.hint": "Não existe o comando {written}. Você quis dizer {meant}?",
  "notice.closed-case": "Esta solicitação está encerrada, então {command} não tem mais efeito.",
  "notice.own-case":
    "{command} não foi executado: ninguém pode decidir sobre a própria solicitação de recuperação. Outro responsável precisa fazer isso.",
  "notice.verification-off":
    "A verificação não está configurada neste atendimento, então nada foi iniciado. Um administrador precisa configurá-la.",
  "notice.info-request":
    "o revisor precisa de algo de você antes que sua solicitação possa avançar:\n\n{question}\n\nPor favor, responda em um comentário abaixo.",
  "notice.email-sent":
    "um revisor enviou um e-mail com um código de uso único para o endereço que {registry} tem cadastrado nesta conta. Procure-o na caixa de entrada (e no spam). Quando chegar, comente aqui `/code` seguido dos 8 dígitos, por exemplo `/code 12345678`. O código funciona uma única vez, só nesta solicitação e só para você.",
  "notice.challenge":
    "para mostrar que você controla {repo}, crie uma branch vazia chamada {branch} nesse repositório (por exemplo {push}) e depois comente `/done` aqui. Você pode apagar a branch depois. Este desafio fica aberto até {until}.",
  "notice.code-wrong":
    "Esse código não está correto. Confira o e-mail mais recente e tente de novo ({count, plural, one {resta # tentativa} other {restam # tentativas}}).",
  "notice.code-expired": "Esse código expirou (os códigos valem por {hours} horas). Responda aqui para pedir um novo ao revisor.",
  "notice.code-used": "Esse código já foi usado. Não é preciso mais nada para a verificação por e-mail.",
  "notice.code-locked":
    "Foram digitados códigos errados demais, então a verificação por e-mail foi bloqueada para proteger a conta. O revisor decidirá o próximo passo.",
  "notice.code-key-revoked":
    "O código foi enviado com uma chave de revisor que já foi substituída, então a verificação por e-mail não pode ser concluída com ele. {reviewer} ou outro revisor vai executar `/verify email` de novo e enviar um código novo.",
  "factor.email": "a verificação por e-mail",
  "factor.repo": "o desafio do repositório",
  "notice.factor-voided":
    "{reviewer} iniciou {factor}, mas não pode mais atuar neste repositório, então ela deixou de valer e nada do que foi recebido foi aceito. Um responsável vai iniciá-la de novo com {command}.",
  "notice.code-not-expected": "No momento, nenhum código de e-mail é esperado nesta solicitação. O revisor avisará quando enviar um.",
  "notice.challenge-not-expected": "Não há nenhum desafio de repositório aberto nesta solicitação.",
  "notice.branch-missing":
    "A branch {branch} ainda não foi encontrada em {repo}. Confira o nome (precisa ser idêntico), faça o push e comente `/done` de novo.",
  "notice.branch-unchecked": "Não foi possível verificar o repositório agora. Nada se perde: ele será verificado de novo automaticamente.",
  "notice.challenge-expired": "O desafio do repositório {repo} expirou sem a branch. O revisor decidirá o próximo passo.",
  "notice.challenge-unreachable":
    "O aplicativo não consegue mais ver {repo} (ele ficou privado, foi renomeado ou apagado), então esse desafio não pode mais ser cumprido. O revisor vai escolher outra forma de verificação.",
  "notice.approve-needs-verification":
    "Esta solicitação ainda não foi verificada, então não foi aprovada. Conclua a verificação primeiro ou escreva `/approve force <reason>` para aprovar mesmo assim, com o motivo registrado.",
  "notice.verified":
    "todas as etapas de verificação exigidas estão confirmadas. Esta solicitação está pronta para a sua decisão (`/approve` ou `/deny <reason>`).",
  "notice.approved":
    "sua solicitação de recuperação foi aprovada{note}. Siga as instruções do e-mail de {registry} para voltar a acessar sua conta.",
  "notice.denied": "sua solicitação de recuperação não pôde ser aprovada: {reason}. Se tiver informações novas, responda aqui.",
  "notice.help":
    "Estes são os comandos que você ({sender}) pode usar nesta solicitação; a lista com as descrições está abaixo, em inglês. Digite cada comando exatamente como aparece.",
  "notice.reminder":
    "esta solicitação está aguardando você (veja o cartão de situação acima). Se não tivermos notícias suas em {days} dias, ela será encerrada. Uma resposta aqui depois a reabre.",
  "notice.stale-closed":
    "esta solicitação foi encerrada porque não tivemos notícias suas em {days} dias. Se ainda precisar de ajuda, responda aqui em até {reopenDays} dias e ela será reaberta.",
  "notice.reopened":
    "a pessoa solicitante respondeu, então esta solicitação está aberta de novo, no ponto em que estava antes de ser encerrada.",
  "notice.reopen-too-late":
    "Esta solicitação foi encerrada há mais de {days} dias, então não pode ser reaberta. Por favor, abra uma nova solicitação.",
  "notice.not-reopenable": "Só uma solicitação encerrada por falta de resposta, ou uma que você retirou, pode ser reaberta assim.",
  "notice.withdrawal.sure":
    "Você pediu para encerrar esta solicitação, então ela está encerrada. Se precisar dela de novo, comente `/reopen` aqui em até {days} dias.",
  "notice.withdrawal.unsure":
    "Parece que você já consegue entrar na conta. Se for isso, comente `/withdraw` para encerrar esta solicitação. Se ainda precisar de ajuda, é só dizer aqui: sua solicitação mantém o lugar na fila.",
  "notice.reply-after-decision":
    "a pessoa solicitante respondeu depois que a solicitação foi negada. A decisão continua valendo, a menos que você reabra a solicitação.",
  "notice.command-too-late":
    "O GitHub nunca entregou ao atendimento seu comentário de {date} com {commands}, e ele é antigo demais para ser aplicado agora. Nada foi feito: por favor, publique-o de novo.",
  "notice.command-before-reset":
    "{commands} foi escrito antes de a solicitação mudar a conta que cita, então não foi executado: referia-se à conta citada naquele momento. Publique de novo se ainda valer para a conta citada agora.",
  "news.unknown": "Esta solicitação está na fila, aguardando um revisor.",
  "news.next": "Esta solicitação é a próxima da fila: nenhuma solicitação enviada antes dela está aguardando um revisor.",
  "news.ahead":
    "Esta solicitação está na fila: {count, plural, one {# solicitação enviada antes dela está aguardando} other {# solicitações enviadas antes dela estão aguardando}} um revisor.",
  "news.wait":
    "A espera prevista é de {count, plural, one {cerca de # semana} other {cerca de # semanas}} (uma estimativa pelo ritmo recente).",
  "news.after":
    "As solicitações são atendidas por ordem de chegada. O cartão de situação acima muda assim que esta avançar, então não é preciso perguntar de novo. Comentários que só pedem novidades são ocultados para manter esta conversa legível; eles não mudam o lugar da solicitação.",
  "news.passer-by":
    "Se você perdeu o acesso a uma conta sua, abra uma solicitação própria. Cada solicitação trata de uma única conta, e um comentário aqui não coloca a sua na fila.",
  "notice.too-many-commands": "Só os 10 primeiros comandos de um comentário são executados; outros {count} foram ignorados.",
  "notice.board-move-refused":
    "{mover} moveu esta solicitação para {column} no quadro do projeto; o atendimento a colocou de volta (o motivo está abaixo, em inglês).",
  "notice.secret-in-comment": "{commenter}, seu comentário continha {secrets}, então ele foi apagado: esta página é pública. {advice}",
  "notice.address-in-comment":
    "{commenter}, seu comentário continha um endereço de e-mail, então ele foi apagado: esta página é pública. Os revisores escrevem para o endereço cadastrado. Por favor, publique seu comentário de novo sem o endereço.",
  "part.request": "sua solicitação",
  "part.request-title": "o título da sua solicitação",
  "part.request-both": "sua solicitação (o título e o texto)",
  "part.issue": "sua issue",
  "part.issue-title": "o título da sua issue",
  "part.issue-both": "sua issue (o título e o texto)",
  "notice.secret-in-body":
    "{what} continha {secrets}. Isso foi substituído por `[redacted]`, mas o GitHub guarda o histórico de edições e qualquer pessoa pode lê-lo, então considere que vazou. {advice}",
};
export default catalogue;
