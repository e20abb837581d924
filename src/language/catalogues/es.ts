// Spanish (español): usted, as a support desk writes to someone it does not know.
/* eslint-disable max-len -- a message stays on one line, so the languages compare line by line */
import type { Catalogue } from "../messages.js";

const catalogue: Catalogue = {
  "card.english":
    "<sub>Debajo encontrará el mismo texto en inglés. Si prefiere que esta solicitud esté solo en inglés, comente `/english` aquí.</sub>",
  "status.triage": "Estado: en la cola, esperando a un revisor",
  "status.needs-info.question": "Estado: esperando su respuesta (el revisor tiene una pregunta)",
  "status.needs-info.problems": "Estado: esperando su respuesta (hay que corregir algunos puntos)",
  "status.verifying": "Estado: comprobando que la cuenta es suya (esperando su respuesta)",
  "status.verified": "Estado: verificada, esperando la decisión del revisor",
  "status.on-hold": "Estado: en pausa",
  "status.resolved": "Estado: aprobada",
  "status.denied": "Estado: denegada",
  "status.duplicate": "Estado: cerrada, ya tiene una solicitud abierta",
  "status.withdrawn": "Estado: retirada",
  "status.stale": "Estado: cerrada, sin respuesta",
  "status.closed": "Estado: cerrada",
  "status.closed-by": "Estado: cerrada por {login}",
  "row.account": "Cuenta",
  "account.named": "{username} en {registry}",
  "account.none": "aún no indicada",
  "row.reviewer": "Revisor",
  "reviewer.none": "aún no asignado",
  "row.next": "Siguiente paso",
  "next.triage": "el revisor inicia la verificación",
  "next.needs-info": "**usted**: vea más abajo",
  "next.verifying": "**usted**: vea más abajo",
  "next.verified": "el revisor decide",
  "next.on-hold": "el revisor reanuda el caso",
  "row.queue": "Cola",
  "queue.ahead":
    "{count, plural, =0 {ninguna solicitud presentada antes que la suya está esperando a un revisor} one {# solicitud presentada antes que la suya está esperando a un revisor} other {# solicitudes presentadas antes que la suya están esperando a un revisor}}",
  "row.wait": "Espera estimada",
  "wait.weeks": "{count, plural, one {unas # semana} other {unas # semanas}} (una estimación según el ritmo reciente)",
  "wait.unknown": "todavía no podemos estimarla",
  "body.triage.next":
    "**Qué pasará ahora:** un revisor examinará su solicitud. Después comprobará que la cuenta es suya, normalmente escribiendo a la dirección de correo que {registry} tiene registrada para ella. Esté atento a esa bandeja de entrada y a la carpeta de spam.",
  "body.triage.wait":
    "**Por ahora no tiene que hacer nada.** Las solicitudes se atienden por orden de llegada; este comentario se actualiza a medida que avanza la suya.",
  "body.question": "{requester}, el revisor le ha preguntado:",
  "body.question.todo":
    "**Qué hacer:** responda en un comentario aquí abajo (o edite su solicitud). Su solicitud avanzará en cuanto lo haga.",
  "body.problems": "{requester}, todavía no podemos empezar con su solicitud:",
  "body.problems.todo":
    "**Qué hacer:** abra el menú **⋯** en la parte superior de su solicitud, elija **Edit**, corrija los puntos anteriores y guarde. La solicitud se vuelve a comprobar en cuanto guarde; no hace falta abrir una nueva.",
  "step.email":
    "**Revise su correo.** El revisor ha enviado un código de un solo uso a la dirección registrada para esta cuenta (mire también en spam). Cuando llegue, comente `/code` seguido de los 8 dígitos, por ejemplo `/code 12345678`. El código funciona una sola vez y solo en esta solicitud.",
  "step.locked":
    "Se introdujeron demasiados códigos incorrectos, así que la comprobación por correo está bloqueada. El revisor le indicará el siguiente paso.",
  "step.repo":
    "**Cree una rama.** Cree una rama vacía llamada {branch} en {repo} y después comente `/done`. Solo funciona para alguien que pueda hacer push a ese repositorio. Disponible hasta el {until}.",
  "step.none": "El revisor le indicará aquí el siguiente paso.",
  "body.verified":
    "Gracias: se ha confirmado que la cuenta es suya. Ahora el revisor decidirá y se lo dirá aquí. **Por ahora no tiene que hacer nada.**",
  "body.on-hold": "El revisor ha puesto esta solicitud en pausa. No se pierde nada y no corre ningún plazo mientras esté en pausa.",
  "body.on-hold.reason":
    "El revisor ha puesto esta solicitud en pausa: {reason}. No se pierde nada y no corre ningún plazo mientras esté en pausa.",
  "body.resolved":
    "El revisor ha aprobado la recuperación{note}. Siga las instrucciones del correo de {registry} para volver a entrar en su cuenta.",
  "body.denied": "El revisor no ha podido aprobar esta recuperación{note}.",
  "body.new-information": "Si tiene información nueva, responda aquí.",
  "body.duplicate":
    "Ya tiene una solicitud abierta para esta cuenta: {number}. Hemos cerrado esta para que todo quede en un solo lugar; su solicitud anterior conserva su puesto en la cola. Continúe en {number} (puede editarla si hay algo que cambiar).",
  "body.withdrawn": "Usted cerró esta solicitud, así que nadie trabajará en ella. Si fue un error, comente `/reopen` aquí.",
  "body.withdrawn.until":
    "Usted cerró esta solicitud, así que nadie trabajará en ella. Si fue un error, comente `/reopen` aquí antes del {date}.",
  "body.stale": "Esta solicitud se cerró porque no tuvimos respuesta. Si aún necesita ayuda, responda aquí y se volverá a abrir.",
  "body.stale.until":
    "Esta solicitud se cerró porque no tuvimos respuesta. Si aún necesita ayuda, responda aquí antes del {date} y se volverá a abrir.",
  "body.closed": "Esta solicitud se ha cerrado. Si cree que es un error, responda aquí y explique por qué.",
  safety:
    "⚠️ Esta página es pública. No publique nunca aquí códigos de recuperación, contraseñas, tokens de API ni códigos de un solo uso; la única excepción es el `/code` que le pida el correo de verificación.",
  "note.emails-removed":
    "Hemos quitado su dirección de correo de esta solicitud porque esta página es pública (el historial de ediciones de GitHub todavía la muestra).",
  "problem.username-missing": "El campo {field} está vacío. Escriba el nombre de usuario con el que inicia sesión en {registry}.",
  "problem.username-unknown":
    "El campo {field} no contiene un nombre de usuario. Escriba el nombre con el que inicia sesión en {registry}. Los correos que {registry} le ha enviado mencionan su cuenta. Si no lo encuentra, dígalo en el motivo y el revisor le indicará qué hacer.",
  "problem.username-email":
    "El campo {field} contiene una dirección de correo. Sustitúyala por su nombre de usuario de {registry}, el nombre con el que inicia sesión; aquí nunca necesitamos su dirección de correo.",
  "problem.username-secret":
    "El campo {field} contenía algo que parece {secret}; lo hemos quitado de su solicitud porque esta página es pública. Edite el campo para que contenga solo su nombre de usuario de {registry}.",
  "problem.username-several":
    "El campo {field} nombra más de una cuenta ({names}). Deje solo una y abra una solicitud aparte para cada una de las demás.",
  "problem.username-invalid":
    "{name} no puede ser un nombre de usuario de {registry}. Los nombres de usuario solo contienen {rules}. Revise la ortografía y escriba solo el nombre de usuario.",
  "rules.pypi":
    "letras, dígitos, puntos, guiones bajos y guiones, empezando y terminando por una letra o un dígito, con 50 caracteres como máximo",
  "rules.github": "letras, dígitos y guiones sueltos, sin empezar ni terminar por guion, con 39 caracteres como máximo",
  "rules.lenient": "una sola palabra sin espacios ni «@», con 100 caracteres como máximo",
  "problem.reason-unclear":
    "El campo {field} no dice qué ocurrió. Explique en una frase a qué ha perdido el acceso: su aplicación de doble factor o su llave de seguridad, sus códigos de recuperación o su dirección de correo.",
  "problem.says-solved":
    "Su solicitud dice que el problema está resuelto. Si ya puede iniciar sesión, comente `/withdraw` aquí para cerrar esta solicitud. Si todavía no puede, edite la solicitud para explicar qué no puede hacer y volverá a la cola.",
  "problem.reason-missing":
    "El campo {field} está vacío. Explique en una frase a qué ha perdido el acceso: su aplicación de doble factor o su llave de seguridad, sus códigos de recuperación o su dirección de correo.",
  "problem.account-not-found":
    "No hemos encontrado ninguna cuenta de {registry} llamada {name}. Revise la ortografía y escriba el nombre exactamente como lo usa para iniciar sesión.",
  "problem.account-not-found.test":
    "No hemos encontrado ninguna cuenta de {registry} llamada {name} en la instancia de pruebas. Revise la ortografía y escriba el nombre exactamente como lo usa para iniciar sesión.",
  "problem.box-unchecked": "Marque la casilla de {field} (puede hacer clic en ella directamente en su solicitud).",
  "problem.box-unchecked.recovery-codes":
    "Marque la casilla de {field} (puede hacer clic en ella directamente en su solicitud). Si todavía conserva alguno de sus códigos de recuperación, puede iniciar sesión con él y no necesita esta solicitud.",
  "secret.recovery-codes": "códigos de recuperación",
  "secret.api-token": "un token de API",
  "secret.totp-secret": "un secreto de doble factor (TOTP)",
  "secret.password": "una contraseña",
  "secret.email-code": "su código de un solo uso",
  "advice.recovery-codes": "Considere esos códigos de recuperación como gastados: cualquiera puede haberlos copiado.",
  "advice.api-token": "Revoque ese token de API en cuanto pueda iniciar sesión (un revisor puede revocarlo antes) y cree uno nuevo.",
  "advice.totp-secret":
    "Ese secreto de doble factor está comprometido: cuando recupere el acceso, elimine ese autenticador y configure uno nuevo.",
  "advice.password": "Cambie esa contraseña, y también en cualquier otro sitio donde la haya usado.",
  "advice.email-code": "Para usar un código, comente `/code` seguido de los dígitos en una línea aparte.",
  "advice.never": "No publique nunca aquí códigos, contraseñas ni tokens: nadie de este servicio se los pedirá.",
  "audience.maintainer": "los responsables de este servicio",
  "audience.requester": "la persona que abrió esta solicitud",
  "audience.both": "los responsables de este servicio o la persona que abrió esta solicitud",
  "notice.refused": "{command} solo puede usarlo {who}, así que no se ha cambiado nada.",
  "notice.usage": "{command} no se ha ejecutado porque no está escrito correctamente (el motivo exacto está abajo, en inglés).",
  "notice.hint": "No existe el comando {written}. ¿Quería decir {meant}?",
  "notice.closed-case": "Esta solicitud está cerrada, así que {command} ya no tiene efecto.",
  "notice.own-case":
    "{command} no se ha ejecutado: nadie puede decidir sobre su propia solicitud de recuperación. Tiene que hacerlo otro responsable.",
  "notice.verification-off":
    "La verificación no está configurada en este servicio, así que no se ha iniciado nada. Un administrador tiene que configurarla.",
  "notice.info-request":
    "el revisor necesita algo de usted antes de que su solicitud pueda avanzar:\n\n{question}\n\nResponda en un comentario aquí abajo, por favor.",
  "notice.email-sent":
    "un revisor ha enviado un correo con un código de un solo uso a la dirección que {registry} tiene registrada para esta cuenta. Búsquelo en su bandeja de entrada (y en la carpeta de spam). Cuando llegue, comente aquí `/code` seguido de los 8 dígitos, por ejemplo `/code 12345678`. El código funciona una sola vez, solo en esta solicitud y solo para usted.",
  "notice.challenge":
    "para demostrar que controla {repo}, cree una rama vacía llamada {branch} en ese repositorio (por ejemplo {push}) y después comente `/done` aquí. Puede borrar la rama después. Este reto está abierto hasta el {until}.",
  "notice.code-wrong":
    "Ese código no es correcto. Revise el correo más reciente y vuelva a intentarlo ({count, plural, one {queda # intento} other {quedan # intentos}}).",
  "notice.code-expired": "Ese código ha caducado (los códigos duran {hours} horas). Responda aquí para pedir al revisor uno nuevo.",
  "notice.code-used": "Ese código ya se usó. No hace falta nada más para la comprobación por correo.",
  "notice.code-locked":
    "Se introdujeron demasiados códigos incorrectos, así que la comprobación por correo está bloqueada para proteger la cuenta. El revisor decidirá el siguiente paso.",
  "notice.code-key-revoked":
    "El código se envió con una clave de revisor que ya se ha sustituido, así que la comprobación por correo no puede completarse con él. {reviewer} u otro revisor ejecutará `/verify email` de nuevo y enviará un código nuevo.",
  "factor.email": "la comprobación por correo",
  "factor.repo": "el reto del repositorio",
  "notice.factor-voided":
    "{reviewer} inició {factor}, pero ya no puede actuar en este repositorio, así que deja de contar y no se ha aceptado nada de lo recibido. Un responsable lo iniciará de nuevo con {command}.",
  "notice.code-not-expected": "Ahora mismo no se espera ningún código de correo en esta solicitud. El revisor le avisará cuando envíe uno.",
  "notice.challenge-not-expected": "No hay ningún reto de repositorio abierto en esta solicitud.",
  "notice.branch-missing":
    "Todavía no se ha encontrado la rama {branch} en {repo}. Revise el nombre (debe coincidir exactamente), haga push y comente `/done` de nuevo.",
  "notice.branch-unchecked":
    "No se ha podido comprobar el repositorio en este momento. No se pierde nada: se volverá a comprobar automáticamente.",
  "notice.challenge-expired": "El reto del repositorio {repo} ha caducado sin la rama. El revisor decidirá el siguiente paso.",
  "notice.challenge-unreachable":
    "La aplicación ya no puede ver {repo} (se ha hecho privado, se ha renombrado o se ha borrado), así que ese reto no podrá cumplirse. El revisor elegirá otra forma de verificación.",
  "notice.approve-needs-verification":
    "Esta solicitud aún no está verificada, así que no se ha aprobado. Termine primero la verificación o escriba `/approve force <reason>` para aprobarla igualmente dejando constancia del motivo.",
  "notice.verified":
    "todos los pasos de verificación necesarios están confirmados. Esta solicitud está lista para su decisión (`/approve` o `/deny <reason>`).",
  "notice.approved":
    "su solicitud de recuperación ha sido aprobada{note}. Siga las instrucciones del correo de {registry} para volver a entrar en su cuenta.",
  "notice.denied": "su solicitud de recuperación no ha podido aprobarse: {reason}. Si tiene información nueva, responda aquí.",
  "notice.help":
    "Estos son los comandos que usted ({sender}) puede usar en esta solicitud; la lista con sus descripciones está abajo, en inglés. Escriba cada comando exactamente como aparece.",
  "notice.reminder":
    "esta solicitud le está esperando (vea la tarjeta de estado de arriba). Si no tenemos noticias suyas en {days} días, se cerrará. Si responde aquí más tarde, se volverá a abrir.",
  "notice.stale-closed":
    "esta solicitud se ha cerrado porque no hemos tenido noticias suyas en {days} días. Si aún necesita ayuda, responda aquí en un plazo de {reopenDays} días y se volverá a abrir.",
  "notice.reopened":
    "la persona solicitante ha respondido, así que esta solicitud vuelve a estar abierta, en el mismo punto en que estaba antes de cerrarse.",
  "notice.reopen-too-late":
    "Esta solicitud se cerró hace más de {days} días, así que no puede volver a abrirse. Abra una solicitud nueva, por favor.",
  "notice.not-reopenable":
    "Solo se puede volver a abrir de esta forma una solicitud cerrada por falta de respuesta o una que usted retiró.",
  "notice.withdrawal.sure":
    "Ha pedido que se cierre esta solicitud, así que ya está cerrada. Si la vuelve a necesitar, comente `/reopen` aquí en un plazo de {days} días.",
  "notice.withdrawal.unsure":
    "Parece que ya puede iniciar sesión. Si es así, comente `/withdraw` para cerrar esta solicitud. Si todavía necesita ayuda, dígalo aquí: su solicitud conserva su puesto en la cola.",
  "notice.reply-after-decision":
    "la persona solicitante ha respondido después de que se denegara la solicitud. La decisión se mantiene salvo que usted reabra la solicitud.",
  "notice.command-too-late":
    "GitHub nunca entregó al servicio su comentario del {date} con {commands}, y ya es demasiado antiguo para aplicarlo. No se ha hecho nada: publíquelo de nuevo, por favor.",
  "notice.command-before-reset":
    "{commands} se escribió antes de que la solicitud cambiara la cuenta que nombra, así que no se ha ejecutado: se refería a la cuenta nombrada entonces. Publíquelo de nuevo si sigue siendo válido para la cuenta nombrada ahora.",
  "news.unknown": "Esta solicitud está en la cola, esperando a un revisor.",
  "news.next": "Esta solicitud es la siguiente de la cola: ninguna solicitud presentada antes está esperando a un revisor.",
  "news.ahead":
    "Esta solicitud está en la cola: {count, plural, one {# solicitud presentada antes está esperando} other {# solicitudes presentadas antes están esperando}} a un revisor.",
  "news.wait":
    "La espera estimada es de {count, plural, one {unas # semana} other {unas # semanas}} (una estimación según el ritmo reciente).",
  "news.after":
    "Las solicitudes se atienden por orden de llegada. La tarjeta de estado de arriba cambia en cuanto esta avanza, así que no hace falta volver a preguntar. Los comentarios que solo piden novedades se ocultan para que este hilo siga siendo legible; no cambian el puesto de la solicitud.",
  "news.passer-by":
    "Si ha perdido el acceso a una cuenta propia, abra su propia solicitud. Cada solicitud trata de una sola cuenta, y un comentario aquí no añade la suya a la cola.",
  "notice.too-many-commands": "Solo se ejecutan los 10 primeros comandos de un comentario; se han ignorado {count} más.",
  "notice.board-move-refused":
    "{mover} movió esta solicitud a {column} en el tablero del proyecto; el servicio la ha devuelto a su sitio (el motivo está abajo, en inglés).",
  "notice.secret-in-comment": "{commenter}, su comentario contenía {secrets}, así que se ha borrado: esta página es pública. {advice}",
  "notice.address-in-comment":
    "{commenter}, su comentario contenía una dirección de correo, así que se ha borrado: esta página es pública. Los revisores escriben a la dirección registrada. Publique de nuevo su comentario sin la dirección, por favor.",
  "part.request": "su solicitud",
  "part.request-title": "el título de su solicitud",
  "part.request-both": "su solicitud (su título y su texto)",
  "part.issue": "su issue",
  "part.issue-title": "el título de su issue",
  "part.issue-both": "su issue (su título y su texto)",
  "notice.secret-in-body":
    "{what} contenía {secrets}. Se ha sustituido por `[redacted]`, pero GitHub conserva el historial de ediciones y cualquiera puede leerlo, así que considérelo filtrado. {advice}",
};
export default catalogue;
