<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>QCoreApplication::Text</name>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>No se puede crear la carpeta del perfil %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an IQ Messaging database (its header is not SQLite&apos;s); the file was left as it is.</source>
        <translation>%1 no es una base de datos de IQ Messaging (su cabecera no es de SQLite); el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2); the file was left as it is. Restore it from a backup or choose another profile.</source>
        <translation>%1 está dañado y no se puede leer (%2); el archivo no se ha modificado. Restáurelo desde una copia de seguridad o elija otro perfil.</translation>
    </message>
    <message>
        <source>%1 is damaged: its schema cannot be read (%2); the file was left as it is.</source>
        <translation>%1 está dañado: no se puede leer su esquema (%2); el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of IQ Messaging (schema %2; this version reads up to %3). Update the application; the file was left as it is.</source>
        <translation>%1 fue escrito por una versión más reciente de IQ Messaging (esquema %2; esta versión lee hasta el %3). Actualice la aplicación; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>No hay ninguna base de datos en %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Falta la migración %1 en esta versión.</translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation>Inicio de una transacción</translation>
    </message>
    <message>
        <source>Saving the changes</source>
        <translation>Guardado de los cambios</translation>
    </message>
    <message>
        <source>The SQLite driver gave no native handle.</source>
        <translation>El controlador de SQLite no devolvió ningún identificador nativo.</translation>
    </message>
    <message>
        <source>%1: the disk is full (no space left for the profile&apos;s database). Free some space and try again.</source>
        <translation>%1: el disco está lleno (no queda espacio para la base de datos del perfil). Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1: the disk could not be written or read (%2). Check the disk and try again.</source>
        <translation>%1: no se pudo escribir ni leer en el disco (%2). Compruebe el disco e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1: the SQLite driver gave no native handle.</source>
        <translation>%1: el controlador de SQLite no devolvió ningún identificador nativo.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>Cannot make %1 private: %2</source>
        <translation>No se puede restringir el acceso a %1: %2</translation>
    </message>
    <message>
        <source>%1 was not upgraded: a copy of it could not be written first (%2). The file was left as it is.</source>
        <translation>%1 no se actualizó: antes no se pudo escribir una copia (%2). El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>%1 was not upgraded: its copy could not be named %2. The file was left as it is.</source>
        <translation>%1 no se actualizó: su copia no se pudo llamar %2. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed: %3. The profile was left as it was.</source>
        <translation>La actualización de %1 al esquema %2 falló: %3. El perfil no se ha modificado.</translation>
    </message>
    <message>
        <source>A copy from before the upgrade is in %1.</source>
        <translation>Hay una copia de antes de la actualización en %1.</translation>
    </message>
    <message>
        <source>Writing the profile</source>
        <translation>Escritura del perfil</translation>
    </message>
</context>
<context>
    <name>QWizardPage</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>%1 creado(s)</translation>
    </message>
    <message>
        <source>%1 to create</source>
        <translation>%1 por crear</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 actualizado(s)</translation>
    </message>
    <message>
        <source>%1 to update</source>
        <translation>%1 por actualizar</translation>
    </message>
    <message>
        <source>%1 already up to date</source>
        <translation>%1 ya al día</translation>
    </message>
    <message>
        <source>%1 already in your contacts, skipped</source>
        <translation>%1 ya en sus contactos, omitido(s)</translation>
    </message>
    <message>
        <source>%1 repeated in the file</source>
        <translation>%1 repetido(s) en el archivo</translation>
    </message>
    <message>
        <source>%1 invalid</source>
        <translation>%1 no válido(s)</translation>
    </message>
</context>
<context>
    <name>iq::AccountDialog</name>
    <message>
        <source>Create an account</source>
        <translation>Crear una cuenta</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Create an account to sync this profile with your other computers. What you have here is uploaded.</source>
        <translation>Cree una cuenta para sincronizar este perfil con sus otros equipos. Lo que tiene aquí se sube.</translation>
    </message>
    <message>
        <source>Sign in to sync this profile. What you have here is uploaded, and what the account has arrives.</source>
        <translation>Inicie sesión para sincronizar este perfil. Lo que tiene aquí se sube y lo que tiene la cuenta llega aquí.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>owner@shop.example</source>
        <translation>dueno@tienda.example</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Your name or your business&apos;s</source>
        <translation>Su nombre o el de su negocio</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Al menos 8 caracteres</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Contr&amp;aseña:</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Crear cuenta</translation>
    </message>
    <message>
        <source>Enter the account&apos;s e-mail address.</source>
        <translation>Escriba el correo electrónico de la cuenta.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Escriba la contraseña.</translation>
    </message>
    <message>
        <source>Enter your name or your business&apos;s.</source>
        <translation>Escriba su nombre o el de su negocio.</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>Contactando con el servidor…</translation>
    </message>
</context>
<context>
    <name>iq::AccountService</name>
    <message>
        <source>This profile syncs with %1; use another profile for %2.</source>
        <translation>Este perfil se sincroniza con %1; use otro perfil para %2.</translation>
    </message>
    <message>
        <source>This profile is not signed in to any account.</source>
        <translation>Este perfil no ha iniciado sesión en ninguna cuenta.</translation>
    </message>
    <message>
        <source>This profile is not connected to an account; sign in to sync.</source>
        <translation>Este perfil no está vinculado a ninguna cuenta; inicie sesión para sincronizar.</translation>
    </message>
    <message>
        <source>You are signed out of %1. Sign in to sync.</source>
        <translation>Ha cerrado la sesión en %1. Inicie sesión para sincronizar.</translation>
    </message>
</context>
<context>
    <name>iq::AccountsIndex</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The list of accounts %1 is damaged (byte %2); move it away and sign in again.</source>
        <translation>La lista de cuentas %1 está dañada (byte %2); muévala a otro sitio y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>iq::AddToGroupDialog</name>
    <message>
        <source>Add to group</source>
        <translation>Añadir al grupo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Consent of new members</source>
        <translation>Consentimiento de los nuevos miembros</translation>
    </message>
    <message>
        <source>Source of the consent</source>
        <translation>Origen del consentimiento</translation>
    </message>
    <message>
        <source>Required when opting in</source>
        <translation>Obligatorio al dar el consentimiento</translation>
    </message>
    <message numerus="yes">
        <source>Add %n contact(s) to a group. Members keep the consent they already have there; a name that is not a group yet creates it.</source>
        <translation>
            <numerusform>Añadir %n contacto a un grupo. Los miembros conservan el consentimiento que ya tienen allí; un nombre que aún no es un grupo lo crea.</numerusform>
            <numerusform>Añadir %n contactos a un grupo. Los miembros conservan el consentimiento que ya tienen allí; un nombre que aún no es un grupo lo crea.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation>&amp;Consentimiento:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Origen:</translation>
    </message>
</context>
<context>
    <name>iq::AudienceSummarizer</name>
    <message>
        <source>The audience summary was cancelled.</source>
        <translation>Se canceló el resumen de destinatarios.</translation>
    </message>
</context>
<context>
    <name>iq::CallLogModel</name>
    <message>
        <source>Incoming</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Desviada</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Mensaje de voz</translation>
    </message>
    <message>
        <source>Campaign call</source>
        <translation>Llamada de campaña</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Contestada</translation>
    </message>
    <message>
        <source>Left on voicemail</source>
        <translation>Dejado en el buzón de voz</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
</context>
<context>
    <name>iq::CampaignActions</name>
    <message>
        <source>%1 needs the server, which cannot be reached: %2</source>
        <translation>%1 necesita el servidor, que no está disponible: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time such as 2026-12-24T09:30 or 2026-12-24T09:30:00+01:00.</source>
        <translation>«%1» no es una fecha y hora como 2026-12-24T09:30 o 2026-12-24T09:30:00+01:00.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone such as Europe/Berlin.</source>
        <translation>«%1» no es una zona horaria como Europe/Berlin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a snippet; choose a message template.</source>
        <translation>«%1» es un fragmento; elija una plantilla de mensaje.</translation>
    </message>
    <message>
        <source>The time to send, %1, has passed.</source>
        <translation>La hora de envío, %1, ya pasó.</translation>
    </message>
    <message>
        <source>This profile is not signed in to a server.</source>
        <translation>Este perfil no ha iniciado sesión en ningún servidor.</translation>
    </message>
    <message>
        <source>This profile is not signed in to a server; sign in to send campaigns.</source>
        <translation>Este perfil no ha iniciado sesión en ningún servidor; inicie sesión para enviar campañas.</translation>
    </message>
    <message>
        <source>The time to send has passed; choose a new time or send now.</source>
        <translation>La hora de envío ya pasó; elija otra hora o envíe ahora.</translation>
    </message>
    <message>
        <source>Pausing a campaign</source>
        <translation>Pausar una campaña</translation>
    </message>
    <message>
        <source>Resuming a campaign</source>
        <translation>Reanudar una campaña</translation>
    </message>
    <message>
        <source>Cancelling a campaign</source>
        <translation>Cancelar una campaña</translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; is %2 and cannot be %3.</source>
        <translation>La campaña «%1» está %2 y no se puede %3.</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausar</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>reanudar</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelar</translation>
    </message>
</context>
<context>
    <name>iq::CampaignApi</name>
    <message>
        <source>The server&apos;s answer is not a campaign (HTTP %1).</source>
        <translation>La respuesta del servidor no es una campaña (HTTP %1).</translation>
    </message>
    <message>
        <source>No send of campaign %1 is waiting.</source>
        <translation>No hay ningún envío de la campaña %1 en espera.</translation>
    </message>
</context>
<context>
    <name>iq::CampaignAudienceReader</name>
    <message>
        <source>the database is not open</source>
        <translation>la base de datos no está abierta</translation>
    </message>
    <message>
        <source>There is no group with the id &quot;%1&quot;.</source>
        <translation>No hay ningún grupo con el id «%1».</translation>
    </message>
    <message>
        <source>Reading the audience</source>
        <translation>Lectura de los destinatarios</translation>
    </message>
</context>
<context>
    <name>iq::CampaignEditor</name>
    <message>
        <source>Campaign name</source>
        <translation>Nombre de la campaña</translation>
    </message>
    <message>
        <source>Spring sale, appointment reminder…</source>
        <translation>Rebajas de primavera, recordatorio de cita…</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>Tipo de mensaje</translation>
    </message>
    <message>
        <source>Marketing: needs consent, waits for quiet hours to end</source>
        <translation>Publicitario: requiere consentimiento, espera a que terminen las horas de silencio</translation>
    </message>
    <message>
        <source>Transactional: reminders and notices, sent at once</source>
        <translation>Transaccional: recordatorios y avisos, se envían al momento</translation>
    </message>
    <message>
        <source>Saved template</source>
        <translation>Plantilla guardada</translation>
    </message>
    <message>
        <source>Subj&amp;ect:</source>
        <translation>As&amp;unto:</translation>
    </message>
    <message>
        <source>E-mail subject</source>
        <translation>Asunto del correo</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Hi {{first_name}}, …  Fields in double braces are filled in for each person.</source>
        <translation>Hola {{first_name}}, …  Los campos entre llaves dobles se rellenan para cada persona.</translation>
    </message>
    <message>
        <source>Length of the message</source>
        <translation>Longitud del mensaje</translation>
    </message>
    <message>
        <source>Groups to send to</source>
        <translation>Grupos destinatarios</translation>
    </message>
    <message>
        <source>Groups to leave out</source>
        <translation>Grupos que se excluyen</translation>
    </message>
    <message>
        <source>Single contacts</source>
        <translation>Contactos individuales</translation>
    </message>
    <message>
        <source>Send &amp;later, at:</source>
        <translation>Enviar &amp;más tarde, el:</translation>
    </message>
    <message>
        <source>Schedule for later</source>
        <translation>Programar para más tarde</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <source>Time zone of the schedule</source>
        <translation>Zona horaria de la programación</translation>
    </message>
    <message>
        <source>Send to the mem&amp;bers of:</source>
        <translation>Enviar a los &amp;miembros de:</translation>
    </message>
    <message>
        <source>But n&amp;ot to the members of:</source>
        <translation>Pero n&amp;o a los miembros de:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Destinatarios:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message numerus="yes">
        <source>And %n single contact(s).</source>
        <translation>
            <numerusform>Y %n contacto individual.</numerusform>
            <numerusform>Y %n contactos individuales.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n miembro)</numerusform>
            <numerusform>%1 (%n miembros)</numerusform>
        </translation>
    </message>
    <message>
        <source>New text (no template)</source>
        <translation>Texto nuevo (sin plantilla)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n carácter</numerusform>
            <numerusform>%n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 characters, %n SMS segment(s) before personalization (%2); the pre-flight counts each person&apos;s.</source>
        <translation>
            <numerusform>%1 caracteres, %n segmento SMS antes de personalizar (%2); la comprobación previa cuenta los de cada persona.</numerusform>
            <numerusform>%1 caracteres, %n segmentos SMS antes de personalizar (%2); la comprobación previa cuenta los de cada persona.</numerusform>
        </translation>
    </message>
    <message>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
</context>
<context>
    <name>iq::CampaignListModel</name>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Waiting for a connection</source>
        <translation>Esperando conexión</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
</context>
<context>
    <name>iq::CampaignPreflight</name>
    <message>
        <source>There is no contact with the id &quot;%1&quot;.</source>
        <translation>No hay ningún contacto con el id «%1».</translation>
    </message>
    <message>
        <source>The campaign&apos;s text cannot be used: %1</source>
        <translation>El texto de la campaña no se puede usar: %1</translation>
    </message>
</context>
<context>
    <name>iq::CampaignReportModel</name>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Undeliverable</source>
        <translation>Imposibles de entregar</translation>
    </message>
    <message>
        <source>Still pending</source>
        <translation>Aún pendientes</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviados</translation>
    </message>
    <message>
        <source>Opted out since</source>
        <translation>Dados de baja desde entonces</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Respondieron</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
</context>
<context>
    <name>iq::CampaignReportPanel</name>
    <message>
        <source>Campaign report summary</source>
        <translation>Resumen del informe de la campaña</translation>
    </message>
    <message>
        <source>Campaign figures</source>
        <translation>Indicadores de la campaña</translation>
    </message>
    <message>
        <source>Double-click a figure to list its messages</source>
        <translation>Haga doble clic en un indicador para ver sus mensajes</translation>
    </message>
    <message>
        <source>Deliveries over time</source>
        <translation>Entregas a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Status breakdown</source>
        <translation>Desglose por estado</translation>
    </message>
    <message>
        <source>Failures by reason</source>
        <translation>Fallos por motivo</translation>
    </message>
    <message>
        <source>Choose a campaign to see its report.</source>
        <translation>Elija una campaña para ver su informe.</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>enviada el %1</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>aún no enviada</translation>
    </message>
    <message>
        <source>%1, %2: %3. Opt-outs and replies are counted from the send on, their rates of the messages delivered.</source>
        <translation>%1, %2: %3. Las bajas y las respuestas se cuentan desde el envío, y sus tasas sobre los mensajes entregados.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Failed or undeliverable</source>
        <translation>Fallidos o imposibles de entregar</translation>
    </message>
    <message>
        <source>No message has been delivered or has failed yet.</source>
        <translation>Aún no se ha entregado ni ha fallado ningún mensaje.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages delivered and failed from %1 to %2, in intervals of %3: %4 delivered and %5 failed. The most deliveries, %6, came in the interval from %7.</source>
        <translation>Mensajes entregados y fallidos del %1 al %2, en intervalos de %3: %4 entregados y %5 fallidos. La mayor cantidad de entregas, %6, llegó en el intervalo que empieza el %7.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>No hay mensajes.</translation>
    </message>
    <message numerus="yes">
        <source>Status breakdown of %n message(s): </source>
        <translation>
            <numerusform>Desglose por estado de %n mensaje: </numerusform>
            <numerusform>Desglose por estado de %n mensajes: </numerusform>
        </translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>sin código</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>motivo desconocido</translation>
    </message>
    <message>
        <source>No message failed.</source>
        <translation>Ningún mensaje ha fallado.</translation>
    </message>
    <message>
        <source>Failures by reason: %1.</source>
        <translation>Fallos por motivo: %1.</translation>
    </message>
</context>
<context>
    <name>iq::CampaignRepository</name>
    <message>
        <source>A campaign needs a name.</source>
        <translation>Una campaña necesita un nombre.</translation>
    </message>
    <message>
        <source>A campaign needs an audience: at least one group or contact.</source>
        <translation>Una campaña necesita destinatarios: al menos un grupo o un contacto.</translation>
    </message>
    <message>
        <source>A campaign needs a text or a template.</source>
        <translation>Una campaña necesita un texto o una plantilla.</translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; has been sent and can no longer be edited here; pause or cancel it instead.</source>
        <translation>La campaña «%1» ya se envió y no se puede editar aquí; páusela o cancélela.</translation>
    </message>
    <message>
        <source>There is no campaign with the id &quot;%1&quot;.</source>
        <translation>No hay ninguna campaña con el id «%1».</translation>
    </message>
    <message>
        <source>The server&apos;s answer for campaign %1 cannot be stored: %2</source>
        <translation>La respuesta del servidor para la campaña %1 no se puede guardar: %2</translation>
    </message>
    <message>
        <source>Campaign %1 already has another send key.</source>
        <translation>La campaña %1 ya tiene otra clave de envío.</translation>
    </message>
</context>
<context>
    <name>iq::CampaignsPage</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Held for quiet hours</source>
        <translation>Retenido por horas de silencio</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Undeliverable</source>
        <translation>No se puede entregar</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Ne&amp;w campaign</source>
        <translation>&amp;Nueva campaña</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <source>Campaign status</source>
        <translation>Estado de la campaña</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Borrador guardado.</translation>
    </message>
    <message>
        <source>Cancel the campaign?</source>
        <translation>¿Cancelar la campaña?</translation>
    </message>
    <message>
        <source>Messages not sent yet will not be sent. Messages already sent stay sent.</source>
        <translation>Los mensajes que aún no se han enviado ya no se enviarán. Los mensajes ya enviados siguen enviados.</translation>
    </message>
    <message>
        <source>The campaign changed: press Pre-flight to check it again.</source>
        <translation>La campaña ha cambiado: pulse «Comprobación previa» para revisarla de nuevo.</translation>
    </message>
    <message>
        <source>No campaigns yet. A campaign sends one message to the groups you choose, now or at a time you set, and checks first who will get it.</source>
        <translation>Aún no hay campañas. Una campaña envía un mensaje a los grupos que usted elija, ahora o a la hora que indique, y comprueba antes quién lo recibirá.</translation>
    </message>
    <message>
        <source>Create a campaign</source>
        <translation>Crear una campaña</translation>
    </message>
    <message>
        <source>Delivery summary</source>
        <translation>Resumen de la entrega</translation>
    </message>
    <message>
        <source>Messages of the campaign</source>
        <translation>Mensajes de la campaña</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Refresh the delivery</source>
        <translation>Actualizar la entrega</translation>
    </message>
    <message>
        <source>Campaign details</source>
        <translation>Detalles de la campaña</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Mensaje</translation>
    </message>
    <message>
        <source>&amp;Pre-flight</source>
        <translation>Comprobación &amp;previa</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>&amp;Entrega</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Guardar borrador</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>Pre-&amp;flight</source>
        <translation>Comprobación pre&amp;via</translation>
    </message>
    <message>
        <source>Pre-flight</source>
        <translation>Comprobación previa</translation>
    </message>
    <message>
        <source>Sen&amp;d…</source>
        <translation>Envia&amp;r…</translation>
    </message>
    <message>
        <source>Send or schedule</source>
        <translation>Enviar o programar</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>Pa&amp;usar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Reanu&amp;dar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>&amp;Cancel campaign</source>
        <translation>&amp;Cancelar campaña</translation>
    </message>
    <message>
        <source>Cancel campaign</source>
        <translation>Cancelar campaña</translation>
    </message>
    <message>
        <source>Create a campaign to check who will get it.</source>
        <translation>Cree una campaña para comprobar quién la recibirá.</translation>
    </message>
    <message>
        <source>Press Pre-flight to see who gets what before anything is sent.</source>
        <translation>Pulse «Comprobación previa» para ver quién recibe qué antes de enviar nada.</translation>
    </message>
    <message>
        <source>Press Pre-flight to see who this campaign is for on this computer&apos;s records.</source>
        <translation>Pulse «Comprobación previa» para ver a quién va dirigida esta campaña según los datos de este equipo.</translation>
    </message>
    <message>
        <source>Sche&amp;dule…</source>
        <translation>Pr&amp;ogramar…</translation>
    </message>
    <message>
        <source>New campaign %1</source>
        <translation>Nueva campaña %1</translation>
    </message>
    <message>
        <source>Write the message, choose the groups, then press Pre-flight.</source>
        <translation>Escriba el mensaje, elija los grupos y pulse después «Comprobación previa».</translation>
    </message>
    <message>
        <source>Choose at least one group to send to.</source>
        <translation>Elija al menos un grupo al que enviar.</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>Escriba primero el mensaje.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will get it.</source>
        <translation>
            <numerusform>%n persona la recibirá.</numerusform>
            <numerusform>%n personas la recibirán.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the pre-flight first to see who will get it.</source>
        <translation>Ejecute primero la comprobación previa para ver quién la recibirá.</translation>
    </message>
    <message>
        <source>It goes out on %1.</source>
        <translation>Se enviará el %1.</translation>
    </message>
    <message>
        <source>It goes out now.</source>
        <translation>Se envía ahora.</translation>
    </message>
    <message>
        <source>Send &quot;%1&quot;?</source>
        <translation>¿Enviar «%1»?</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programar</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; waits for a connection and goes out as soon as the server can be reached: %2</source>
        <translation>«%1» espera una conexión y se enviará en cuanto se pueda contactar con el servidor: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was handed to the server.</source>
        <translation>«%1» se ha entregado al servidor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now: %2</source>
        <translation>«%1» está ahora: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Aún no hay mensajes.</translation>
    </message>
    <message>
        <source>(As of the last sync: %1)</source>
        <translation>(Según la última sincronización: %1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(not on this device)</source>
        <translation>(no está en este dispositivo)</translation>
    </message>
</context>
<context>
    <name>iq::ColumnMapping</name>
    <message>
        <source>Google Contacts</source>
        <translation>Contactos de Google</translation>
    </message>
    <message>
        <source>Google Contacts (legacy Google CSV)</source>
        <translation>Contactos de Google (CSV de Google antiguo)</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <source>Outlook (German)</source>
        <translation>Outlook (alemán)</translation>
    </message>
    <message>
        <source>Outlook (French)</source>
        <translation>Outlook (francés)</translation>
    </message>
    <message>
        <source>Mailchimp audience</source>
        <translation>Audiencia de Mailchimp</translation>
    </message>
    <message>
        <source>IQ Messaging export</source>
        <translation>Exportación de IQ Messaging</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>Saved or hand-made mapping</source>
        <translation>Asignación guardada o manual</translation>
    </message>
    <message>
        <source>Plain spreadsheet</source>
        <translation>Hoja de cálculo simple</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Contact id</source>
        <translation>ID del contacto</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre mostrado</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Phone label</source>
        <translation>Etiqueta del teléfono</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>E-mail label</source>
        <translation>Etiqueta del correo</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Opted out (any value)</source>
        <translation>Dado de baja (cualquier valor)</translation>
    </message>
    <message>
        <source>Subscription status</source>
        <translation>Estado de suscripción</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Campo personalizado</translation>
    </message>
    <message>
        <source>This is not a saved column mapping (expected &quot;version&quot;: 1 and &quot;columns&quot;).</source>
        <translation>No es una asignación de columnas guardada (se esperaba &quot;version&quot;: 1 y &quot;columns&quot;).</translation>
    </message>
    <message>
        <source>Column %1 of the mapping has an unknown target &quot;%2&quot;.</source>
        <translation>La columna %1 de la asignación tiene un destino desconocido &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The row has %1 values but the header names %2 columns; is a value with a comma not quoted?</source>
        <translation>La fila tiene %1 valores pero el encabezado nombra %2 columnas; ¿hay un valor con coma sin comillas?</translation>
    </message>
    <message>
        <source>%1: the leading apostrophe a spreadsheet kept was removed.</source>
        <translation>%1: se eliminó el apóstrofo inicial que dejó una hoja de cálculo.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a number a spreadsheet turned into scientific notation; its digits are lost. Format the column as text and export again.</source>
        <translation>%1: &quot;%2&quot; es un número que una hoja de cálculo convirtió a notación científica; sus dígitos se han perdido. Dé formato de texto a la columna y vuelva a exportar.</translation>
    </message>
</context>
<context>
    <name>iq::Compliance</name>
    <message>
        <source>Marketing texts must say how to opt out: add {{opt_out}} (&quot;Reply STOP to opt out&quot;).</source>
        <translation>Los mensajes publicitarios deben indicar cómo darse de baja: añada {{opt_out}} («Responda STOP para darse de baja»).</translation>
    </message>
    <message>
        <source>The message does not say who sends it: set your business name in the settings and add {{business_name}}.</source>
        <translation>El mensaje no dice quién lo envía: indique el nombre de su negocio en los ajustes y añada {{business_name}}.</translation>
    </message>
    <message>
        <source>The message does not say who sends it: add {{business_name}} (%1).</source>
        <translation>El mensaje no dice quién lo envía: añada {{business_name}} (%1).</translation>
    </message>
    <message>
        <source>Up to %1 segments per message: carriers may split or drop longer texts, and each segment is billed. Shorten it to %2 or fewer.</source>
        <translation>Como máximo %1 segmentos por mensaje: los operadores pueden dividir o descartar textos más largos y cada segmento se cobra. Acórtelo a %2 o menos.</translation>
    </message>
    <message>
        <source>%1 characters: carriers refuse texts over %2 characters.</source>
        <translation>%1 caracteres: los operadores rechazan textos de más de %2 caracteres.</translation>
    </message>
    <message>
        <source>%1 is a public link shortener; carriers filter messages with such links. Use your own domain.</source>
        <translation>%1 es un acortador de enlaces público; los operadores filtran los mensajes con esos enlaces. Use su propio dominio.</translation>
    </message>
    <message>
        <source>%1 recipients would get an empty message (e.g. %2); add a fallback like {{first_name|there}}.</source>
        <translation>%1 destinatarios recibirían un mensaje vacío (p. ej. %2); añada un valor alternativo como {{first_name|a todos}}.</translation>
    </message>
    <message>
        <source>This recipient would get an empty message; add a fallback like {{first_name|there}}.</source>
        <translation>Este destinatario recibiría un mensaje vacío; añada un valor alternativo como {{first_name|a todos}}.</translation>
    </message>
</context>
<context>
    <name>iq::ComposerPage</name>
    <message>
        <source>Compose a message</source>
        <translation>Redactar un mensaje</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail (HTML)</source>
        <translation>Correo (HTML)</translation>
    </message>
    <message>
        <source>E-mail (plain text)</source>
        <translation>Correo (texto sin formato)</translation>
    </message>
    <message>
        <source>Voice script</source>
        <translation>Guion de voz</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>&amp;Marketing message</source>
        <translation>Mensaje &amp;publicitario</translation>
    </message>
    <message>
        <source>Marketing message</source>
        <translation>Mensaje publicitario</translation>
    </message>
    <message>
        <source>Marketing texts must tell people how to opt out.</source>
        <translation>Los mensajes publicitarios deben indicar cómo darse de baja.</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Pa&amp;ra:</translation>
    </message>
    <message>
        <source>Insert &amp;field</source>
        <translation>Insertar ca&amp;mpo</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Insertar campo</translation>
    </message>
    <message>
        <source>Insert a recipient&apos;s field, e.g. their first name (Ctrl+Shift+F)</source>
        <translation>Insertar un campo del destinatario, p. ej. su nombre (Ctrl+Mayús+F)</translation>
    </message>
    <message>
        <source>S&amp;nippet</source>
        <translation>&amp;Fragmento</translation>
    </message>
    <message>
        <source>Insert snippet</source>
        <translation>Insertar fragmento</translation>
    </message>
    <message>
        <source>Insert a saved snippet such as your signature or the opt-out footer</source>
        <translation>Insertar un fragmento guardado, como su firma o el pie para darse de baja</translation>
    </message>
    <message>
        <source>Use &amp;plain punctuation</source>
        <translation>Puntuación &amp;simple</translation>
    </message>
    <message>
        <source>Replace smart punctuation</source>
        <translation>Sustituir la puntuación tipográfica</translation>
    </message>
    <message>
        <source>Replace curly quotes, dashes and ellipses with plain ones so the text stays GSM-7 (Ctrl+Shift+P)</source>
        <translation>Sustituir comillas tipográficas, rayas y puntos suspensivos por caracteres simples para que el texto siga en GSM-7 (Ctrl+Mayús+P)</translation>
    </message>
    <message>
        <source>&amp;Save to library…</source>
        <translation>&amp;Guardar en la biblioteca…</translation>
    </message>
    <message>
        <source>Save to content library</source>
        <translation>Guardar en la biblioteca de contenidos</translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation>&amp;Escuchar</translation>
    </message>
    <message>
        <source>Listen to the voice message</source>
        <translation>Escuchar el mensaje de voz</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>E-mail subject</source>
        <translation>Asunto del correo</translation>
    </message>
    <message>
        <source>News for {{first_name|you}}</source>
        <translation>Novedades para {{first_name|usted}}</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Plantilla del mensaje</translation>
    </message>
    <message>
        <source>Hi {{first_name|there}}, the new MacBook is in at {{business_name}}! {{opt_out}}</source>
        <translation>Hola {{first_name|a todos}}, ¡el nuevo MacBook ya está en {{business_name}}! {{opt_out}}</translation>
    </message>
    <message>
        <source>Problems and warnings</source>
        <translation>Problemas y avisos</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous recipient</source>
        <translation>Destinatario anterior</translation>
    </message>
    <message>
        <source>Previous recipient (Alt+Left)</source>
        <translation>Destinatario anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next recipient</source>
        <translation>Destinatario siguiente</translation>
    </message>
    <message>
        <source>Next recipient (Alt+Right)</source>
        <translation>Destinatario siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Recipient shown</source>
        <translation>Destinatario mostrado</translation>
    </message>
    <message>
        <source>Pick a recipient</source>
        <translation>Elegir un destinatario</translation>
    </message>
    <message>
        <source>Pick the recipient to preview</source>
        <translation>Elegir el destinatario de la vista previa</translation>
    </message>
    <message>
        <source>Preview for this recipient</source>
        <translation>Vista previa para este destinatario</translation>
    </message>
    <message>
        <source>Segments and encoding</source>
        <translation>Segmentos y codificación</translation>
    </message>
    <message>
        <source>Characters that force UCS-2</source>
        <translation>Caracteres que obligan a usar UCS-2</translation>
    </message>
    <message>
        <source>Fallbacks used</source>
        <translation>Valores alternativos usados</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Audience summary</source>
        <translation>Resumen de destinatarios</translation>
    </message>
    <message>
        <source>Counting the audience</source>
        <translation>Contando los destinatarios</translation>
    </message>
    <message>
        <source>Type a message to see what it costs.</source>
        <translation>Escriba un mensaje para ver lo que cuesta.</translation>
    </message>
    <message>
        <source>Whole audience</source>
        <translation>Todos los destinatarios</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Todos los contactos</translation>
    </message>
    <message>
        <source>No snippets yet: save one from the Content library</source>
        <translation>Aún no hay fragmentos: guarde uno desde la biblioteca de contenidos</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Ann</source>
        <translation>Ana</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>Example recipient (no contacts yet)</source>
        <translation>Destinatario de ejemplo (aún no hay contactos)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>1 segment · %1 · %2 characters, %3 left in the segment</source>
        <translation>1 segmento · %1 · %2 caracteres, quedan %3 en el segmento</translation>
    </message>
    <message>
        <source>%1 segments · %2 · %3 characters, %4 left in the last segment</source>
        <translation>%1 segmentos · %2 · %3 caracteres, quedan %4 en el último segmento</translation>
    </message>
    <message>
        <source>All characters fit GSM-7.</source>
        <translation>Todos los caracteres caben en GSM-7.</translation>
    </message>
    <message>
        <source>UCS-2 (70 characters per segment) because of: %1%2</source>
        <translation>UCS-2 (70 caracteres por segmento) debido a: %1%2</translation>
    </message>
    <message>
        <source> — “Use plain punctuation” fixes the quotes and dashes.</source>
        <translation> — «Puntuación simple» corrige las comillas y las rayas.</translation>
    </message>
    <message>
        <source>1 character</source>
        <translation>1 carácter</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 caracteres</translation>
    </message>
    <message>
        <source>This recipient gets the fallback for: %1</source>
        <translation>Este destinatario recibe el valor alternativo para: %1</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <source>Fix the template to see what it costs.</source>
        <translation>Corrija la plantilla para ver lo que cuesta.</translation>
    </message>
    <message>
        <source>No recipients yet: add contacts to see what the message costs.</source>
        <translation>Aún no hay destinatarios: añada contactos para ver lo que cuesta el mensaje.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 recipients · %2 segments in total&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 destinatarios · %2 segmentos en total&lt;/b&gt;</translation>
    </message>
    <message>
        <source>1 segment: %1</source>
        <translation>1 segmento: %1</translation>
    </message>
    <message>
        <source>%1 segments: %2</source>
        <translation>%1 segmentos: %2</translation>
    </message>
    <message>
        <source>%1 go as UCS-2 (70 characters per segment)</source>
        <translation>%1 se envían en UCS-2 (70 caracteres por segmento)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 recipients&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 destinatarios&lt;/b&gt;</translation>
    </message>
    <message>
        <source>With a fallback: %1 (%2%3)</source>
        <translation>Con valor alternativo: %1 (%2%3)</translation>
    </message>
    <message>
        <source>, …</source>
        <translation>, …</translation>
    </message>
    <message>
        <source>Empty message: %1 (%2)</source>
        <translation>Mensaje vacío: %1 (%2)</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>No se puede abrir</translation>
    </message>
    <message>
        <source>Save to the content library</source>
        <translation>Guardar en la biblioteca de contenidos</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
</context>
<context>
    <name>iq::ConflictListModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>Deleted on another device, edited here</source>
        <translation>Eliminado en otro dispositivo, modificado aquí</translation>
    </message>
    <message>
        <source>Deleted here, edited on another device</source>
        <translation>Eliminado aquí, modificado en otro dispositivo</translation>
    </message>
    <message>
        <source>your edit</source>
        <translation>su cambio</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>This device had</source>
        <translation>En este dispositivo</translation>
    </message>
    <message>
        <source>Kept (server)</source>
        <translation>Conservado (servidor)</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Detectado</translation>
    </message>
</context>
<context>
    <name>iq::ConflictStore</name>
    <message>
        <source>There is no open conflict number %1.</source>
        <translation>No hay ningún conflicto abierto con el número %1.</translation>
    </message>
    <message>
        <source>The %1 %2 no longer exists; its value cannot be re-applied.</source>
        <translation>%1 %2 ya no existe; su valor no se puede volver a aplicar.</translation>
    </message>
</context>
<context>
    <name>iq::ConflictsPage</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sync conflicts&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Conflictos de sincronización&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>When this computer and another one changed the same thing, the other change was kept. Review each one: keep it, or put back what this computer had.</source>
        <translation>Cuando este equipo y otro cambiaron lo mismo, se conservó el otro cambio. Revise cada uno: consérvelo o restaure lo que tenía este equipo.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>No conflicts. Everything synced merged cleanly.</source>
        <translation>No hay conflictos. Todo se sincronizó sin problemas.</translation>
    </message>
    <message>
        <source>&amp;Keep the server&apos;s</source>
        <translation>&amp;Mantener la del servidor</translation>
    </message>
    <message>
        <source>Keep the server&apos;s value</source>
        <translation>Mantener el valor del servidor</translation>
    </message>
    <message>
        <source>&amp;Put mine back</source>
        <translation>&amp;Restaurar la mía</translation>
    </message>
    <message>
        <source>Re-apply this computer&apos;s value</source>
        <translation>Volver a aplicar el valor de este equipo</translation>
    </message>
</context>
<context>
    <name>iq::Consent</name>
    <message>
        <source>Opted in</source>
        <translation>Suscrito</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>iq::ConsentActions</name>
    <message>
        <source>A consent record needs its source: where and how the person agreed.</source>
        <translation>Un registro de consentimiento necesita su origen: dónde y cómo aceptó la persona.</translation>
    </message>
</context>
<context>
    <name>iq::ConsentLedger</name>
    <message>
        <source>A consent change names either a group or a channel.</source>
        <translation>Un cambio de consentimiento indica un grupo o un canal, no ambos.</translation>
    </message>
</context>
<context>
    <name>iq::ContactActions</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; no es un correo electrónico.</translation>
    </message>
    <message>
        <source>A contact needs a name, an organization, a phone number or an e-mail address.</source>
        <translation>Un contacto necesita un nombre, una empresa, un número de teléfono o un correo electrónico.</translation>
    </message>
    <message>
        <source>Language: &quot;%1&quot; is not a language tag such as &quot;de&quot; or &quot;pt-BR&quot;.</source>
        <translation>Idioma: «%1» no es una etiqueta de idioma como «de» o «pt-BR».</translation>
    </message>
    <message>
        <source>Time zone: &quot;%1&quot; is not a time zone such as &quot;Europe/Berlin&quot;.</source>
        <translation>Zona horaria: «%1» no es una zona horaria como «Europe/Berlin».</translation>
    </message>
    <message>
        <source>Phone number: %1</source>
        <translation>Número de teléfono: %1</translation>
    </message>
    <message>
        <source>Custom field: a field needs a name before its value.</source>
        <translation>Campo personalizado: un campo necesita un nombre antes de su valor.</translation>
    </message>
    <message>
        <source>Deletion undone</source>
        <translation>Eliminación deshecha</translation>
    </message>
</context>
<context>
    <name>iq::ContactBrowser</name>
    <message>
        <source>The contact list cannot be indexed.</source>
        <translation>No se puede indexar la lista de contactos.</translation>
    </message>
    <message>
        <source>Reading the contact list failed: %1</source>
        <translation>No se pudo leer la lista de contactos: %1</translation>
    </message>
</context>
<context>
    <name>iq::ContactDetailPane</name>
    <message>
        <source>mobile</source>
        <translation>móvil</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>fijo</translation>
    </message>
    <message>
        <source>mobile or landline</source>
        <translation>móvil o fijo</translation>
    </message>
    <message>
        <source>toll free</source>
        <translation>gratuito</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Detalles del contacto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consent history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historial de consentimiento&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Historial de consentimiento</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a contact to see their numbers, groups and consent.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seleccione un contacto para ver sus números, grupos y consentimiento.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>No numbers.</source>
        <translation>Sin números.</translation>
    </message>
    <message>
        <source>Invalid, kept as typed: %1</source>
        <translation>No válido, se conserva tal como se escribió: %1</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>No e-mail addresses.</source>
        <translation>Sin direcciones de correo.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>In no group.</source>
        <translation>En ningún grupo.</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>(deleted group)</source>
        <translation>(grupo eliminado)</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>keyword reply</source>
        <translation>respuesta con palabra clave</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>formulario web</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>formulario en papel</translation>
    </message>
    <message>
        <source>in person or by phone</source>
        <translation>en persona o por teléfono</translation>
    </message>
    <message>
        <source>from another device</source>
        <translation>desde otro dispositivo</translation>
    </message>
    <message>
        <source>merged contacts</source>
        <translation>contactos combinados</translation>
    </message>
    <message>
        <source>All SMS</source>
        <translation>Todos los SMS</translation>
    </message>
    <message>
        <source>All e-mail</source>
        <translation>Todos los correos</translation>
    </message>
    <message>
        <source>All voice calls</source>
        <translation>Todas las llamadas de voz</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Details or timeline</source>
        <translation>Detalles o cronología</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Everything between the business and this person, newest first: messages, calls, replies, consent changes, imports and merges.</source>
        <translation>Todo lo ocurrido entre la empresa y esta persona, lo más reciente primero: mensajes, llamadas, respuestas, cambios de consentimiento, importaciones y combinaciones.</translation>
    </message>
</context>
<context>
    <name>iq::ContactEditorDialog</name>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre mostrado</translation>
    </message>
    <message>
        <source>Made from the names when empty</source>
        <translation>Se forma con los nombres si está vacío</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Middle name:</source>
        <translation>&amp;Segundo nombre:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nombre &amp;mostrado:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>Add &amp;number</source>
        <translation>Añadir &amp;número</translation>
    </message>
    <message>
        <source>Add a phone number</source>
        <translation>Añadir un número de teléfono</translation>
    </message>
    <message>
        <source>Add &amp;e-mail</source>
        <translation>Añadir &amp;correo</translation>
    </message>
    <message>
        <source>Add an e-mail address</source>
        <translation>Añadir una dirección de correo</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add &amp;field</source>
        <translation>Añadir &amp;campo</translation>
    </message>
    <message>
        <source>Add a custom field</source>
        <translation>Añadir un campo personalizado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>What needs fixing</source>
        <translation>Qué hay que corregir</translation>
    </message>
    <message>
        <source>&lt;b&gt;Phone numbers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Números de teléfono&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;E-mail addresses&lt;/b&gt;</source>
        <translation>&lt;b&gt;Direcciones de correo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Custom fields&lt;/b&gt;</source>
        <translation>&lt;b&gt;Campos personalizados&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; no es un correo electrónico.</translation>
    </message>
    <message>
        <source>Give a name, an organization, a phone number or an e-mail address.</source>
        <translation>Indique un nombre, una organización, un número de teléfono o una dirección de correo.</translation>
    </message>
</context>
<context>
    <name>iq::ContactEdits</name>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Removal undone</source>
        <translation>Eliminación deshecha</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Eliminar %n contacto</numerusform>
            <numerusform>Eliminar %n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n contact(s) to %1</source>
        <translation>
            <numerusform>Añadir %n contacto a %1</numerusform>
            <numerusform>Añadir %n contactos a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n contact(s) from %1</source>
        <translation>
            <numerusform>Quitar %n contacto de %1</numerusform>
            <numerusform>Quitar %n contactos de %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iq::ContactExportTask</name>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo CSV (*.csv)</translation>
    </message>
    <message>
        <source>vCard 4.0 (*.vcf)</source>
        <translation>vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <source>Exporting contacts to %1…</source>
        <translation>Exportando contactos a %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>There are no contacts to export in this list.</source>
        <translation>No hay contactos que exportar en esta lista.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>%n contacto exportado a %1.</numerusform>
            <numerusform>%n contactos exportados a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iq::ContactExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>No se puede escribir la exportación: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
    <message>
        <source>The SQLite driver gave no native handle.</source>
        <translation>El controlador de SQLite no devolvió ningún identificador nativo.</translation>
    </message>
    <message>
        <source>Cannot read the contacts to export: %1</source>
        <translation>No se pueden leer los contactos que se van a exportar: %1</translation>
    </message>
</context>
<context>
    <name>iq::ContactFields</name>
    <message>
        <source>Reply STOP to opt out</source>
        <translation>Responda STOP para darse de baja</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Name as shown in lists</source>
        <translation>Nombre en las listas</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Group being messaged</source>
        <translation>Grupo destinatario</translation>
    </message>
    <message>
        <source>Your business name</source>
        <translation>Nombre de su negocio</translation>
    </message>
    <message>
        <source>Opt-out wording</source>
        <translation>Texto para darse de baja</translation>
    </message>
    <message>
        <source>There is no group with the id &quot;%1&quot;.</source>
        <translation>No hay ningún grupo con el id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>reading the audience</source>
        <translation>al leer los destinatarios</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>la base de datos no está abierta</translation>
    </message>
</context>
<context>
    <name>iq::ContactFilterBar</name>
    <message>
        <source>Search names, numbers and e-mails (Ctrl+F)</source>
        <translation>Buscar nombres, números y correos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <source>Filter by group</source>
        <translation>Filtrar por grupo</translation>
    </message>
    <message>
        <source>Filter by consent</source>
        <translation>Filtrar por consentimiento</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>Cualquier consentimiento</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos los grupos</translation>
    </message>
</context>
<context>
    <name>iq::ContactJson</name>
    <message>
        <source>Field &quot;%1&quot; must be %2.</source>
        <translation>El campo &quot;%1&quot; debe ser %2.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena de texto</translation>
    </message>
    <message>
        <source>a non-negative number</source>
        <translation>un número no negativo</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
</context>
<context>
    <name>iq::ContactMerger</name>
    <message>
        <source>A contact cannot be merged with itself.</source>
        <translation>Un contacto no se puede combinar consigo mismo.</translation>
    </message>
    <message>
        <source>merged with %1 (%2)</source>
        <translation>combinado con %1 (%2)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre mostrado</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
</context>
<context>
    <name>iq::ContactRepository</name>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>No hay ningún contacto con el id %1.</translation>
    </message>
</context>
<context>
    <name>iq::ContactTimelineModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>iq::ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modificado</translation>
    </message>
</context>
<context>
    <name>iq::ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Number of contacts</source>
        <translation>Número de contactos</translation>
    </message>
    <message>
        <source>No contacts</source>
        <translation>Sin contactos</translation>
    </message>
    <message>
        <source>Contacts list</source>
        <translation>Lista de contactos</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>No contacts yet. Add one with New contact (Ctrl+N), import a file with File &gt; Import contacts (Ctrl+I) or by dropping it here, or use “iqm contacts add”; they appear here at once.</source>
        <translation>Aún no hay contactos. Añada uno con Nuevo contacto (Ctrl+N), importe un archivo con Archivo &gt; Importar contactos (Ctrl+I) o soltándolo aquí, o use “iqm contacts add”; aparecen aquí al instante.</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Contact actions</source>
        <translation>Acciones de contacto</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Import contacts from a CSV or vCard file (Ctrl+I), or drop the file here</source>
        <translation>Importar contactos desde un archivo CSV o vCard (Ctrl+I), o soltar el archivo aquí</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Nuevo contacto…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Add to group…</source>
        <translation>Añadir al grupo…</translation>
    </message>
    <message>
        <source>Remove from group…</source>
        <translation>Quitar del grupo…</translation>
    </message>
    <message>
        <source>Opt out…</source>
        <translation>Dar de baja…</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Registrar consentimiento…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Combinar…</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>Buscar duplicados…</translation>
    </message>
    <message>
        <source>Export all contacts…</source>
        <translation>Exportar todos los contactos…</translation>
    </message>
    <message>
        <source>Export the contacts shown…</source>
        <translation>Exportar los contactos mostrados…</translation>
    </message>
    <message>
        <source>Export the contacts the search and filters list</source>
        <translation>Exportar los contactos que muestran la búsqueda y los filtros</translation>
    </message>
    <message numerus="yes">
        <source>%n matching contact(s)</source>
        <translation>
            <numerusform>%n contacto coincidente</numerusform>
            <numerusform>%n contactos coincidentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Quitar del grupo</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n contact(s) from:</source>
        <translation>
            <numerusform>Quitar %n contacto de:</numerusform>
            <numerusform>Quitar %n contactos de:</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the contacts to merge: %1</source>
        <translation>No se pudieron leer los contactos a combinar: %1</translation>
    </message>
    <message>
        <source>Could not merge the contacts: %1</source>
        <translation>No se pudieron combinar los contactos: %1</translation>
    </message>
    <message>
        <source>contacts-selection</source>
        <translation>contactos-seleccion</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contactos</translation>
    </message>
</context>
<context>
    <name>iq::ContentLibraryPage</name>
    <message>
        <source>Content library</source>
        <translation>Biblioteca de contenidos</translation>
    </message>
    <message>
        <source>Show kind</source>
        <translation>Tipo mostrado</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Show tag</source>
        <translation>Etiqueta mostrada</translation>
    </message>
    <message>
        <source>Saved content</source>
        <translation>Contenidos guardados</translation>
    </message>
    <message>
        <source>Library status</source>
        <translation>Estado de la biblioteca</translation>
    </message>
    <message>
        <source>&amp;Open in composer</source>
        <translation>&amp;Abrir en el editor</translation>
    </message>
    <message>
        <source>Open in composer</source>
        <translation>Abrir en el editor</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Deshacer eliminación</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer eliminación</translation>
    </message>
    <message>
        <source>&amp;Play recording</source>
        <translation>&amp;Reproducir grabación</translation>
    </message>
    <message>
        <source>Play recording</source>
        <translation>Reproducir grabación</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Nothing saved yet: write a message in Compose and press “Save to library”.</source>
        <translation>Aún no hay nada guardado: escriba un mensaje en «Redactar» y pulse «Guardar en la biblioteca».</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 elemento</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 elementos</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>«%1» eliminado.</translation>
    </message>
    <message>
        <source>Restored “%1”.</source>
        <translation>«%1» restaurado.</translation>
    </message>
</context>
<context>
    <name>iq::ContentListModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
</context>
<context>
    <name>iq::ContentRepository</name>
    <message>
        <source>There is no saved content with the id &quot;%1&quot;.</source>
        <translation>No hay ningún contenido guardado con el id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Snippet</source>
        <translation>Fragmento</translation>
    </message>
    <message>
        <source>Give the content a name.</source>
        <translation>Dé un nombre al contenido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters; shorten it.</source>
        <translation>&quot;%1&quot; supera los %2 caracteres; acórtelo.</translation>
    </message>
    <message>
        <source>The snippet &quot;%1&quot; does not parse: %2</source>
        <translation>El fragmento &quot;%1&quot; no es válido: %2</translation>
    </message>
    <message>
        <source>The media file %1 is not in this profile.</source>
        <translation>El archivo multimedia %1 no está en este perfil.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copia %2)</translation>
    </message>
</context>
<context>
    <name>iq::CsvReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>The encoding &quot;%1&quot; is not known; try UTF-8, UTF-16LE, windows-1252.</source>
        <translation>La codificación &quot;%1&quot; no se conoce; pruebe UTF-8, UTF-16LE o windows-1252.</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>elegido</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <source>Line %1: the quoted value in column %2 is never closed.</source>
        <translation>Línea %1: el valor entre comillas de la columna %2 nunca se cierra.</translation>
    </message>
    <message>
        <source>Line %1: the quoted value in column %2 is longer than %3 characters; is a closing quote missing?</source>
        <translation>Línea %1: el valor entre comillas de la columna %2 supera los %3 caracteres; ¿falta una comilla de cierre?</translation>
    </message>
    <message>
        <source>Line %1: there is text after the closing quote in column %2.</source>
        <translation>Línea %1: hay texto después de la comilla de cierre en la columna %2.</translation>
    </message>
</context>
<context>
    <name>iq::DemoServer</name>
    <message>
        <source>The demo needs the IQ Messaging server (iqmsgd), which is not installed.</source>
        <translation>La demostración necesita el servidor de IQ Messaging (iqmsgd), que no está instalado.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message>
        <source>The demo server did not start: %1</source>
        <translation>El servidor de demostración no se inició: %1</translation>
    </message>
</context>
<context>
    <name>iq::DuplicatePairsModel</name>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Both contacts have this number or e-mail address.</source>
        <translation>Ambos contactos tienen este número o correo electrónico.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Likely the same person</source>
        <translation>Probablemente la misma persona</translation>
    </message>
    <message>
        <source>Shared number or e-mail</source>
        <translation>Número o correo compartido</translation>
    </message>
</context>
<context>
    <name>iq::DuplicatesDialog</name>
    <message>
        <source>Likely duplicates</source>
        <translation>Duplicados probables</translation>
    </message>
    <message>
        <source>These contacts share a phone number or an e-mail address. Merge the ones that are the same person; leave the others as they are.</source>
        <translation>Estos contactos comparten un teléfono o un correo. Combine los que sean la misma persona; deje los demás como están.</translation>
    </message>
    <message>
        <source>Duplicate search status</source>
        <translation>Estado de la búsqueda de duplicados</translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation>Buscando duplicados</translation>
    </message>
    <message>
        <source>Likely duplicate contacts</source>
        <translation>Contactos probablemente duplicados</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Combinar…</translation>
    </message>
    <message>
        <source>Merge the selected pair</source>
        <translation>Combinar el par seleccionado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Looking for contacts that share a number or an e-mail address…</source>
        <translation>Buscando contactos que comparten un número o un correo…</translation>
    </message>
    <message>
        <source>Could not look for duplicates: %1</source>
        <translation>No se pudieron buscar duplicados: %1</translation>
    </message>
    <message>
        <source>No likely duplicates: every number and e-mail address belongs to one contact.</source>
        <translation>No hay duplicados probables: cada número y correo pertenece a un solo contacto.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of contacts share a number or an e-mail address.</source>
        <translation>
            <numerusform>%n par de contactos comparte un número o un correo.</numerusform>
            <numerusform>%n pares de contactos comparten un número o un correo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iq::EmailRow</name>
    <message>
        <source>personal</source>
        <translation>personal</translation>
    </message>
    <message>
        <source>work</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>E-mail label</source>
        <translation>Etiqueta del correo</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this e-mail address</source>
        <translation>Quitar esta dirección de correo</translation>
    </message>
</context>
<context>
    <name>iq::GroupActions</name>
    <message>
        <source>Opting in needs a source: say where the consent came from.</source>
        <translation>Una aceptación necesita un origen: indique de dónde procede el consentimiento.</translation>
    </message>
</context>
<context>
    <name>iq::GroupMembersModel</name>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
</context>
<context>
    <name>iq::GroupRepository</name>
    <message>
        <source>There is no group %1.</source>
        <translation>No existe el grupo %1.</translation>
    </message>
    <message>
        <source>A group named &quot;%1&quot; already exists.</source>
        <translation>Ya existe un grupo llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Un grupo necesita un nombre.</translation>
    </message>
    <message>
        <source>Contact %1 is not a member of group %2.</source>
        <translation>El contacto %1 no es miembro del grupo %2.</translation>
    </message>
</context>
<context>
    <name>iq::GroupsModel</name>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Suscrito</translation>
    </message>
</context>
<context>
    <name>iq::GroupsPage</name>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Members of the group</source>
        <translation>Miembros del grupo</translation>
    </message>
    <message>
        <source>Search contacts to add</source>
        <translation>Buscar contactos para añadir</translation>
    </message>
    <message>
        <source>Find contacts to add</source>
        <translation>Encontrar contactos para añadir</translation>
    </message>
    <message>
        <source>Contacts to add</source>
        <translation>Contactos para añadir</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Group actions</source>
        <translation>Acciones de grupo</translation>
    </message>
    <message>
        <source>Member actions</source>
        <translation>Acciones de miembros</translation>
    </message>
    <message>
        <source>Picker actions</source>
        <translation>Acciones del selector</translation>
    </message>
    <message>
        <source>Add contacts</source>
        <translation>Añadir contactos</translation>
    </message>
    <message>
        <source>Drag contacts onto a group or the member list, or select them and press Add to group.</source>
        <translation>Arrastre contactos a un grupo o a la lista de miembros, o selecciónelos y pulse Añadir al grupo.</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Nuevo grupo…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Describe…</source>
        <translation>Describir…</translation>
    </message>
    <message>
        <source>Delete group…</source>
        <translation>Eliminar grupo…</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>Añadir al grupo</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Quitar del grupo</translation>
    </message>
    <message>
        <source>Export group…</source>
        <translation>Exportar grupo…</translation>
    </message>
    <message>
        <source>Export the members of this group to CSV or vCard</source>
        <translation>Exportar los miembros de este grupo a CSV o vCard</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nuevo grupo</translation>
    </message>
    <message>
        <source>Name of the new group:</source>
        <translation>Nombre del nuevo grupo:</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Cambiar nombre del grupo</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>Describe group</source>
        <translation>Describir grupo</translation>
    </message>
    <message>
        <source>What the group is for:</source>
        <translation>Para qué sirve el grupo:</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Eliminar grupo</translation>
    </message>
    <message>
        <source>Delete the group “%1”? Its contacts stay; only the group and its memberships go. The consent history is kept.</source>
        <translation>¿Eliminar el grupo “%1”? Sus contactos se conservan; solo se eliminan el grupo y sus membresías. El historial de consentimiento se conserva.</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Miembros de %1</translation>
    </message>
    <message>
        <source>Added on the Groups page</source>
        <translation>Añadido en la página Grupos</translation>
    </message>
</context>
<context>
    <name>iq::HistoryExportTask</name>
    <message>
        <source>Exporting the history to %1…</source>
        <translation>Exportando el historial a %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar el historial</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n fila exportada a %1.</numerusform>
            <numerusform>%n filas exportadas a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iq::HistoryFilterBar</name>
    <message>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Campaign filter</source>
        <translation>Filtro de campaña</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>Filtro de resultado</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>Filtro de canal</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>Search name, number, address or text</source>
        <translation>Buscar nombre, número, dirección o texto</translation>
    </message>
    <message>
        <source>Search name or number</source>
        <translation>Buscar nombre o número</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Failed or undeliverable</source>
        <translation>Fallido o imposible de entregar</translation>
    </message>
    <message>
        <source>Sent, not confirmed yet</source>
        <translation>Enviado, aún sin confirmar</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Held for quiet hours</source>
        <translation>Retenido por horas de silencio</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Any call</source>
        <translation>Cualquier llamada</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Contestada</translation>
    </message>
    <message>
        <source>Left on voicemail</source>
        <translation>Dejado en el buzón de voz</translation>
    </message>
    <message>
        <source>Not answered or busy</source>
        <translation>Sin respuesta u ocupado</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Todas las campañas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Error %1 ✕</source>
        <translation>Error %1 ✕</translation>
    </message>
    <message>
        <source>Only messages that failed with: %1. Press to show every error again.</source>
        <translation>Solo los mensajes que fallaron por: %1. Pulse para volver a mostrar todos los errores.</translation>
    </message>
    <message>
        <source>Error filter: %1. Press to remove it</source>
        <translation>Filtro de error: %1. Pulse para quitarlo</translation>
    </message>
</context>
<context>
    <name>iq::HistoryModel</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Held for quiet hours</source>
        <translation>Retenido por horas de silencio</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Undeliverable</source>
        <translation>No se puede entregar</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Error code %1</source>
        <translation>Código de error %1</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (código %2)</translation>
    </message>
    <message>
        <source>(no contact)</source>
        <translation>(sin contacto)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>iq::HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the list shown as CSV</source>
        <translation>Exportar la lista mostrada como CSV</translation>
    </message>
    <message>
        <source>Number of rows</source>
        <translation>Número de filas</translation>
    </message>
    <message>
        <source>Messages or calls</source>
        <translation>Mensajes o llamadas</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Mensajes</translation>
    </message>
    <message>
        <source>Ca&amp;lls</source>
        <translation>&amp;Llamadas</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Informe</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Estado del historial</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n llamada</numerusform>
            <numerusform>%n llamadas</numerusform>
        </translation>
    </message>
    <message>
        <source>calls</source>
        <translation>llamadas</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>mensajes</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar el historial</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>iq::ImportEngine</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Import problem</source>
        <translation>Problema de importación</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Se canceló la importación; no se cambió nada.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>There is no import with id %1.</source>
        <translation>No hay ninguna importación con el ID %1.</translation>
    </message>
    <message>
        <source>Import %1 was already rolled back on %2.</source>
        <translation>La importación %1 ya se deshizo el %2.</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation>importación de %1</translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation>, línea %1</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; looks like %2 with its leading zero lost, as spreadsheets do with numbers; format the column as text and export again.</source>
        <translation>El teléfono &quot;%1&quot; parece %2 sin su cero inicial, como hacen las hojas de cálculo con los números; dé formato de texto a la columna y vuelva a exportar.</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; is not a valid number for region %2.</source>
        <translation>El teléfono &quot;%1&quot; no es un número válido para la región %2.</translation>
    </message>
    <message>
        <source>E-mail &quot;%1&quot; is not an e-mail address.</source>
        <translation>El correo &quot;%1&quot; no es una dirección de correo.</translation>
    </message>
    <message>
        <source>The row has no name, organization, phone number or e-mail address.</source>
        <translation>La fila no tiene nombre, organización, número de teléfono ni dirección de correo.</translation>
    </message>
    <message>
        <source>opt-out column of %1, line %2</source>
        <translation>columna de baja de %1, línea %2</translation>
    </message>
    <message>
        <source>Same phone number (%1) as line %2 of the file.</source>
        <translation>Mismo número de teléfono (%1) que la línea %2 del archivo.</translation>
    </message>
    <message>
        <source>Same e-mail address (%1) as line %2 of the file.</source>
        <translation>Misma dirección de correo (%1) que la línea %2 del archivo.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>phone number %1</source>
        <translation>número de teléfono %1</translation>
    </message>
    <message>
        <source>e-mail address %1</source>
        <translation>dirección de correo %1</translation>
    </message>
    <message>
        <source>Already in the profile (matched by %1).</source>
        <translation>Ya está en el perfil (coincidencia por %1).</translation>
    </message>
    <message>
        <source>Already in the profile (matched by %1); skipped as asked.</source>
        <translation>Ya está en el perfil (coincidencia por %1); omitido según lo pedido.</translation>
    </message>
    <message>
        <source>Matched by %1.</source>
        <translation>Coincidencia por %1.</translation>
    </message>
    <message>
        <source>Opted out in the profile: stays opted out.</source>
        <translation>Dado de baja en el perfil: sigue dado de baja.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Exists, skipped</source>
        <translation>Ya existe, omitido</translation>
    </message>
    <message>
        <source>Duplicate in file</source>
        <translation>Duplicado en el archivo</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>No válido</translation>
    </message>
</context>
<context>
    <name>iq::ImportFilePage</name>
    <message>
        <source>Choose the file to import</source>
        <translation>Elegir el archivo que importar</translation>
    </message>
    <message>
        <source>A CSV file saved from a spreadsheet, Google Contacts, Outlook or Mailchimp, or a vCard file from a phone. Nothing changes in your contacts until the last step.</source>
        <translation>Un archivo CSV guardado desde una hoja de cálculo, Google Contacts, Outlook o Mailchimp, o un archivo vCard de un teléfono. Nada cambia en sus contactos hasta el último paso.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <source>Path of a .csv, .txt or .vcf file</source>
        <translation>Ruta de un archivo .csv, .txt o .vcf</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <source>You can also drop a file on this window or on the Contacts page.</source>
        <translation>También puede soltar un archivo en esta ventana o en la página Contactos.</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>ese archivo no existe</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.txt *.tsv *.vcf *.vcard);;CSV files (*.csv *.txt *.tsv);;vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>Archivos de contactos (*.csv *.txt *.tsv *.vcf *.vcard);;Archivos CSV (*.csv *.txt *.tsv);;Archivos vCard (*.vcf *.vcard);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>iq::ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Historial de importaciones</translation>
    </message>
    <message>
        <source>Every import, newest first. Undoing one removes the contacts it created, restores those it updated and takes people out of the groups it added them to.</source>
        <translation>Todas las importaciones, de la más reciente a la más antigua. Deshacer una elimina los contactos que creó, restaura los que actualizó y saca a las personas de los grupos a los que las añadió.</translation>
    </message>
    <message>
        <source>Past imports</source>
        <translation>Importaciones anteriores</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation>&amp;Deshacer importación…</translation>
    </message>
    <message>
        <source>Undo the selected import</source>
        <translation>Deshacer la importación seleccionada</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Deshacer importación</translation>
    </message>
    <message>
        <source>Undo the import of %1 from %2? Contacts it created are removed, even if you edited them since.</source>
        <translation>¿Deshacer la importación de %1 del %2? Los contactos que creó se eliminan, aunque los haya editado desde entonces.</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 invalid</source>
        <translation>%1 creado(s), %2 actualizado(s), %3 no válido(s)</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Aún no hay importaciones.</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Deshaciendo la importación…</translation>
    </message>
    <message>
        <source>Undo progress</source>
        <translation>Progreso de la anulación</translation>
    </message>
</context>
<context>
    <name>iq::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Asignar las columnas</translation>
    </message>
    <message>
        <source>Where each column of the file goes. Change any of them; columns you skip are not imported, custom fields keep the column under its own name.</source>
        <translation>Adónde va cada columna del archivo. Puede cambiar cualquiera; las columnas omitidas no se importan y los campos personalizados conservan la columna con su propio nombre.</translation>
    </message>
    <message>
        <source>Recognized format</source>
        <translation>Formato reconocido</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Columnas del archivo</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>&amp;Cargar asignación…</translation>
    </message>
    <message>
        <source>Load a saved mapping</source>
        <translation>Cargar una asignación guardada</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Guardar asignación…</translation>
    </message>
    <message>
        <source>Save this mapping</source>
        <translation>Guardar esta asignación</translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation>Guardar la asignación de columnas</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>Asignaciones de columnas (*.json)</translation>
    </message>
    <message>
        <source>Load a column mapping</source>
        <translation>Cargar una asignación de columnas</translation>
    </message>
    <message>
        <source>Column mappings (*.json);;All files (*)</source>
        <translation>Asignaciones de columnas (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Recognized format: %1.</source>
        <translation>Formato reconocido: %1.</translation>
    </message>
    <message>
        <source>Changed by hand.</source>
        <translation>Cambiado a mano.</translation>
    </message>
    <message>
        <source>Import column “%1” as</source>
        <translation>Importar la columna “%1” como</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>Etiqueta: %1</translation>
    </message>
    <message>
        <source>Cannot save the mapping to %1: %2.</source>
        <translation>No se puede guardar la asignación en %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: %2.</source>
        <translation>No se puede leer la asignación %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: it is not a saved mapping (%2).</source>
        <translation>No se puede leer la asignación %1: no es una asignación guardada (%2).</translation>
    </message>
    <message>
        <source>Cannot use the mapping %1: %2</source>
        <translation>No se puede usar la asignación %1: %2</translation>
    </message>
</context>
<context>
    <name>iq::ImportOptionsPage</name>
    <message>
        <source>Choose how to import</source>
        <translation>Elegir cómo importar</translation>
    </message>
    <message>
        <source>These apply to every person in the file. The next step shows exactly what will happen before anything changes.</source>
        <translation>Esto se aplica a cada persona del archivo. El siguiente paso muestra exactamente lo que ocurrirá antes de que cambie nada.</translation>
    </message>
    <message>
        <source>Default region for phone numbers</source>
        <translation>Región predeterminada de los números de teléfono</translation>
    </message>
    <message>
        <source>Two letters, such as US, GB or DE: the country of numbers written without +country code.</source>
        <translation>Dos letras, como US, GB o DE: el país de los números escritos sin +prefijo del país.</translation>
    </message>
    <message>
        <source>People already in your contacts (same number or e-mail)</source>
        <translation>Personas que ya están en sus contactos (mismo número o correo electrónico)</translation>
    </message>
    <message>
        <source>People already in your contacts</source>
        <translation>Personas que ya están en sus contactos</translation>
    </message>
    <message>
        <source>&amp;Skip them: keep your contacts as they are</source>
        <translation>&amp;Omitirlas: sus contactos quedan como están</translation>
    </message>
    <message>
        <source>Skip people already in your contacts</source>
        <translation>Omitir las personas que ya están en sus contactos</translation>
    </message>
    <message>
        <source>&amp;Fill in what is missing: the file only fills empty fields</source>
        <translation>&amp;Completar lo que falta: el archivo solo rellena los campos vacíos</translation>
    </message>
    <message>
        <source>Fill in empty fields of people already in your contacts</source>
        <translation>Completar los campos vacíos de las personas que ya están en sus contactos</translation>
    </message>
    <message>
        <source>&amp;Overwrite: the file&apos;s values replace yours</source>
        <translation>&amp;Sobrescribir: los valores del archivo sustituyen a los suyos</translation>
    </message>
    <message>
        <source>Overwrite people already in your contacts</source>
        <translation>Sobrescribir las personas que ya están en sus contactos</translation>
    </message>
    <message>
        <source>Add everyone to these groups</source>
        <translation>Añadir a todos a estos grupos</translation>
    </message>
    <message>
        <source>Group names separated by commas, e.g. Mac Users, Newsletter</source>
        <translation>Nombres de grupos separados por comas, p. ej. Usuarios de Mac, Boletín</translation>
    </message>
    <message>
        <source>Consent to record</source>
        <translation>Consentimiento que registrar</translation>
    </message>
    <message>
        <source>Unknown: record no consent</source>
        <translation>Desconocido: no registrar consentimiento</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Suscrito</translation>
    </message>
    <message>
        <source>Pending confirmation</source>
        <translation>Confirmación pendiente</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>Where the consent came from</source>
        <translation>Origen del consentimiento</translation>
    </message>
    <message>
        <source>e.g. paper sign-up sheet, March 2026</source>
        <translation>p. ej. hoja de inscripción en papel, marzo de 2026</translation>
    </message>
    <message>
        <source>People your contacts hold as opted out stay opted out, whatever the file says; the file&apos;s own unsubscribe columns are honoured.</source>
        <translation>Las personas dadas de baja en sus contactos siguen dadas de baja, diga lo que diga el archivo; las columnas de baja del propio archivo se respetan.</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>&amp;Región predeterminada:</translation>
    </message>
    <message>
        <source>Add to &amp;groups:</source>
        <translation>Añadir a &amp;grupos:</translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation>&amp;Consentimiento:</translation>
    </message>
    <message>
        <source>Consent &amp;source:</source>
        <translation>Orige&amp;n del consentimiento:</translation>
    </message>
    <message>
        <source>The default region is two letters, such as US or DE.</source>
        <translation>La región predeterminada son dos letras, como US o DE.</translation>
    </message>
    <message>
        <source>Say where the consent came from (for example “paper sign-up sheet, March 2026”), or choose Unknown.</source>
        <translation>Indique de dónde procede el consentimiento (por ejemplo, “hoja de inscripción en papel, marzo de 2026”) o elija Desconocido.</translation>
    </message>
</context>
<context>
    <name>iq::ImportPlanModel</name>
    <message>
        <source>opted out</source>
        <translation>dado de baja</translation>
    </message>
    <message>
        <source>changes %1</source>
        <translation>cambia %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Números de teléfono</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Direcciones de correo</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Reason or changes</source>
        <translation>Motivo o cambios</translation>
    </message>
</context>
<context>
    <name>iq::ImportPlanPage</name>
    <message>
        <source>Check the plan</source>
        <translation>Revisar el plan</translation>
    </message>
    <message>
        <source>What will happen to each row of the file. Nothing has changed yet: press Import to do it, or go back to change the mapping or the options.</source>
        <translation>Lo que ocurrirá con cada fila del archivo. Todavía no ha cambiado nada: pulse Importar para hacerlo, o vuelva atrás para cambiar la asignación o las opciones.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Planning progress</source>
        <translation>Progreso de la planificación</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Resumen del plan</translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation>Mostrar: %1</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <source>Plan, row by row</source>
        <translation>Plan, fila por fila</translation>
    </message>
    <message>
        <source>The selected row</source>
        <translation>La fila seleccionada</translation>
    </message>
    <message>
        <source>Select a row to read the whole reason.</source>
        <translation>Seleccione una fila para leer el motivo completo.</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Línea %1, %2: %3</translation>
    </message>
    <message>
        <source>nothing to add</source>
        <translation>nada que añadir</translation>
    </message>
    <message>
        <source>Reading the whole file and comparing it with your contacts…</source>
        <translation>Leyendo todo el archivo y comparándolo con sus contactos…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n row(s).</source>
        <translation>
            <numerusform>%1 (%2): %n fila.</numerusform>
            <numerusform>%1 (%2): %n filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 will be recorded as opted out.</source>
        <translation>Se registrarán como dados de baja: %1.</translation>
    </message>
    <message>
        <source>%1 note(s) worth a look in the last column.</source>
        <translation>%1 nota(s) que conviene revisar en la última columna.</translation>
    </message>
    <message>
        <source>The table lists the first %1 rows of each kind; the counts cover every row.</source>
        <translation>La tabla muestra las primeras %1 filas de cada tipo; los recuentos abarcan todas las filas.</translation>
    </message>
    <message>
        <source>Importing would change no contact.</source>
        <translation>La importación no cambiaría ningún contacto.</translation>
    </message>
</context>
<context>
    <name>iq::ImportPreviewPage</name>
    <message>
        <source>Check how the file reads</source>
        <translation>Comprobar cómo se lee el archivo</translation>
    </message>
    <message>
        <source>The first rows as they will be read. If letters look wrong, choose another encoding; if everything sits in one column, choose another delimiter.</source>
        <translation>Las primeras filas tal como se leerán. Si las letras se ven mal, elija otra codificación; si todo queda en una sola columna, elija otro delimitador.</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>Según se detectó</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Delimitador</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulación</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Barra vertical ( | )</translation>
    </message>
    <message>
        <source>First row holds &amp;column names</source>
        <translation>La primera fila contiene los &amp;nombres de columna</translation>
    </message>
    <message>
        <source>First row holds column names</source>
        <translation>La primera fila contiene los nombres de columna</translation>
    </message>
    <message>
        <source>How the file was read</source>
        <translation>Cómo se leyó el archivo</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Primeras filas del archivo</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>As detected: %1</source>
        <translation>Según se detectó: %1</translation>
    </message>
    <message numerus="yes">
        <source>A vCard file: each card is one person. The first %n card(s):</source>
        <translation>
            <numerusform>Un archivo vCard: cada tarjeta es una persona. Vista previa de %n tarjeta:</numerusform>
            <numerusform>Un archivo vCard: cada tarjeta es una persona. Las primeras %n tarjetas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read as %1%2, fields separated by %3, %4. The first %n row(s):</source>
        <translation>
            <numerusform>Leído como %1%2, campos separados por %3, %4. Vista previa de %n fila:</numerusform>
            <numerusform>Leído como %1%2, campos separados por %3, %4. Las primeras %n filas:</numerusform>
        </translation>
    </message>
    <message>
        <source>column names in the first row</source>
        <translation>nombres de columna en la primera fila</translation>
    </message>
    <message>
        <source>no row of column names</source>
        <translation>ninguna fila con nombres de columna</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
</context>
<context>
    <name>iq::ImportResultPage</name>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Your contacts change in one step: a cancelled import changes nothing.</source>
        <translation>Sus contactos cambian en un solo paso: una importación cancelada no cambia nada.</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancelar la importación</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Guardar las filas rechazadas…</translation>
    </message>
    <message>
        <source>Save the rejected rows as CSV</source>
        <translation>Guardar las filas rechazadas como CSV</translation>
    </message>
    <message>
        <source>The rows that were not imported, with a column saying why: fix them in a spreadsheet and import that file.</source>
        <translation>Las filas que no se importaron, con una columna que indica el motivo: corríjalas en una hoja de cálculo e importe ese archivo.</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>&amp;Deshacer esta importación</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Deshacer esta importación</translation>
    </message>
    <message>
        <source>Removes the contacts this import created and restores those it updated.</source>
        <translation>Elimina los contactos que creó esta importación y restaura los que actualizó.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Guardar las filas rechazadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Deshaciendo la importación…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importación completada</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Importación no realizada</translation>
    </message>
    <message>
        <source>Imported %1. To undo it later, use File &gt; Import history.</source>
        <translation>%1 importado. Para deshacerlo más tarde, use Archivo &gt; Historial de importaciones.</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Filas leídas</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creados</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Already up to date</source>
        <translation>Ya al día</translation>
    </message>
    <message>
        <source>Already in your contacts, skipped</source>
        <translation>Ya en sus contactos, omitidos</translation>
    </message>
    <message>
        <source>Repeated in the file</source>
        <translation>Repetidos en el archivo</translation>
    </message>
    <message>
        <source>Invalid, not imported</source>
        <translation>No válidos, no importados</translation>
    </message>
    <message>
        <source>Group memberships added</source>
        <translation>Pertenencias a grupos añadidas</translation>
    </message>
    <message>
        <source>Recorded as opted out</source>
        <translation>Registrados como dados de baja</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save %n rejected row(s)…</source>
        <translation>
            <numerusform>&amp;Guardar %n fila rechazada…</numerusform>
            <numerusform>&amp;Guardar %n filas rechazadas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the rejected rows to %1: %2.</source>
        <translation>No se pueden guardar las filas rechazadas en %1: %2.</translation>
    </message>
    <message>
        <source>Saved the rejected rows to %1.</source>
        <translation>Filas rechazadas guardadas en %1.</translation>
    </message>
    <message>
        <source>Saving the contacts and indexing them for search…</source>
        <translation>Guardando los contactos e indexándolos para la búsqueda…</translation>
    </message>
</context>
<context>
    <name>iq::ImportSource</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Números de teléfono</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Direcciones de correo</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
</context>
<context>
    <name>iq::ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Import contacts wizard</source>
        <translation>Asistente de importación de contactos</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The import was rolled back: %1 contacts removed, %2 restored as they were, %3 group memberships removed.</source>
        <translation>La importación se revirtió: %1 contactos eliminados, %2 restaurados como estaban, %3 pertenencias a grupos eliminadas.</translation>
    </message>
</context>
<context>
    <name>iq::ImportWriter</name>
    <message>
        <source>The SQLite driver gave no native handle.</source>
        <translation>El controlador de SQLite no devolvió ningún identificador nativo.</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 ha fallado</translation>
    </message>
</context>
<context>
    <name>iq::KeyboardShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Buscar un atajo</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Cerrar</translation>
    </message>
</context>
<context>
    <name>iq::KeychainTokenStore</name>
    <message>
        <source>The system keychain did not answer. Sign-ins cannot be kept; you can keep working offline.</source>
        <translation>El llavero del sistema no respondió. No se pueden guardar los inicios de sesión; puede seguir trabajando sin conexión.</translation>
    </message>
    <message>
        <source>No sign-in is stored in the keychain for %1.</source>
        <translation>No hay ningún inicio de sesión guardado en el llavero para %1.</translation>
    </message>
    <message>
        <source>No usable system keychain (%1). Sign-ins cannot be kept; you can keep working offline.</source>
        <translation>No hay un llavero del sistema utilizable (%1). No se pueden guardar los inicios de sesión; puede seguir trabajando sin conexión.</translation>
    </message>
</context>
<context>
    <name>iq::LocalRecords</name>
    <message>
        <source>The server&apos;s %1 %2 cannot be stored: %3</source>
        <translation>No se puede guardar %1 %2 del servidor: %3</translation>
    </message>
    <message>
        <source>unknown record type</source>
        <translation>tipo de registro desconocido</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>el nombre está vacío</translation>
    </message>
    <message>
        <source>groupId, contactId and consent are required</source>
        <translation>groupId, contactId y consent son obligatorios</translation>
    </message>
    <message>
        <source>contactId, channel and consent are required</source>
        <translation>contactId, channel y consent son obligatorios</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; debe ser una cadena de texto</translation>
    </message>
    <message>
        <source>Storing a phone number</source>
        <translation>Guardando un número de teléfono</translation>
    </message>
    <message>
        <source>Storing an e-mail address</source>
        <translation>Guardando una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Storing the %1 record</source>
        <translation>Guardando el registro %1</translation>
    </message>
    <message>
        <source>Storing a contact</source>
        <translation>Guardar un contacto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a value this version of the app does not know</source>
        <translation>«%1» tiene un valor que esta versión de la aplicación no conoce</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>Falta «%1»</translation>
    </message>
    <message>
        <source>another record already has the same &quot;%1&quot;</source>
        <translation>otro registro ya tiene el mismo «%1»</translation>
    </message>
    <message>
        <source>it refers to a record this device does not have</source>
        <translation>hace referencia a un registro que este dispositivo no tiene</translation>
    </message>
    <message>
        <source>this device&apos;s database refused it (%1)</source>
        <translation>la base de datos de este dispositivo lo rechazó (%1)</translation>
    </message>
    <message>
        <source>Looking up what a record refers to</source>
        <translation>Buscando a qué hace referencia un registro</translation>
    </message>
</context>
<context>
    <name>iq::MainWindow</name>
    <message>
        <source>IQ Messaging</source>
        <translation>IQ Messaging</translation>
    </message>
    <message>
        <source>IQ Messaging main window</source>
        <translation>Ventana principal de IQ Messaging</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Current area</source>
        <translation>Sección actual</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>People you message, with their numbers and groups</source>
        <translation>Sus destinatarios, con sus números y grupos</translation>
    </message>
    <message>
        <source>Local profile: %1</source>
        <translation>Perfil local: %1</translation>
    </message>
    <message>
        <source>Contact count</source>
        <translation>Número de contactos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About IQ Messaging</source>
        <translation>&amp;Acerca de IQ Messaging</translation>
    </message>
    <message>
        <source>About IQ Messaging</source>
        <translation>Acerca de IQ Messaging</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;IQ Messaging %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Message the customers who opted in, by SMS, e-mail and voice.&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;IQ Messaging %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Escriba a los clientes que dieron su consentimiento, por SMS, correo y voz.&lt;/p&gt;&lt;p&gt;Perfil: %2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Groups of contacts, their members and consent</source>
        <translation>Grupos de contactos, sus miembros y consentimiento</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Redactar</translation>
    </message>
    <message>
        <source>Write a message and see exactly what each recipient gets</source>
        <translation>Escriba un mensaje y vea exactamente lo que recibe cada destinatario</translation>
    </message>
    <message>
        <source>Content library</source>
        <translation>Biblioteca de contenidos</translation>
    </message>
    <message>
        <source>Saved messages, snippets and recordings</source>
        <translation>Mensajes, fragmentos y grabaciones guardados</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importar contactos…</translation>
    </message>
    <message>
        <source>&amp;Export contacts…</source>
        <translation>&amp;Exportar contactos…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>&amp;Historial de importaciones…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importado.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Changes a sync could not merge, for you to review</source>
        <translation>Cambios que la sincronización no pudo combinar, para revisar</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>&amp;Create an account…</source>
        <translation>&amp;Crear una cuenta…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincronizar a&amp;hora</translation>
    </message>
    <message>
        <source>S&amp;witch to</source>
        <translation>Cam&amp;biar a</translation>
    </message>
    <message>
        <source>A new local profile</source>
        <translation>Un perfil local nuevo</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Send a message to your groups, now or later, and see who got it</source>
        <translation>Envíe un mensaje a sus grupos, ahora o más tarde, y vea quién lo recibió</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Every message sent and every call, with its status and why it failed</source>
        <translation>Cada mensaje enviado y cada llamada, con su estado y el motivo de un fallo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Profile folder: %1</source>
        <translation>Carpeta del perfil: %1</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2</source>
        <translation>Sesión iniciada como %1 en %2</translation>
    </message>
    <message>
        <source>Signed out of %1 on %2</source>
        <translation>Sesión cerrada de %1 en %2</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Ir a %1</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>iq::MediaStore</name>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>No se puede leer &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; media files can be at most %3.</source>
        <translation>&quot;%1&quot; ocupa %2; los archivos multimedia pueden ocupar como máximo %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 (%3), which messages cannot carry; use an image (PNG, JPEG, GIF), a PDF or an audio recording (MP3, WAV, OGG, M4A).</source>
        <translation>&quot;%1&quot; es %2 (%3), que los mensajes no pueden llevar; use una imagen (PNG, JPEG, GIF), un PDF o una grabación de audio (MP3, WAV, OGG, M4A).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; files of this type can be at most %3.</source>
        <translation>&quot;%1&quot; ocupa %2; los archivos de este tipo pueden ocupar como máximo %3.</translation>
    </message>
    <message>
        <source>Cannot create the media folder &quot;%1&quot;.</source>
        <translation>No se puede crear la carpeta multimedia &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot store &quot;%1&quot; in &quot;%2&quot;: %3.</source>
        <translation>No se puede guardar &quot;%1&quot; en &quot;%2&quot;: %3.</translation>
    </message>
    <message>
        <source>The media file %1 is not in this profile.</source>
        <translation>El archivo multimedia %1 no está en este perfil.</translation>
    </message>
</context>
<context>
    <name>iq::MergeContactsDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Combinar contactos</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt; look like the same person. Choose what the merged contact keeps.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; y &lt;b&gt;%2&lt;/b&gt; parecen la misma persona. Elija qué conserva el contacto combinado.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>%1: keep “%2”</source>
        <translation>%1: conservar «%2»</translation>
    </message>
    <message>
        <source>Both contacts have the same names and details.</source>
        <translation>Ambos contactos tienen los mismos nombres y detalles.</translation>
    </message>
    <message>
        <source>%1 (not a valid number)</source>
        <translation>%1 (número no válido)</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>Combinado</translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation>Números:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>E-mails:</source>
        <translation>Correos:</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Grupos:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consentimiento:</translation>
    </message>
    <message>
        <source>Both consent histories are kept. Where the two disagree for a group or a channel, the stricter answer wins: an opt-out always stays.</source>
        <translation>Se conservan ambos historiales de consentimiento. Donde difieran para un grupo o canal, gana la respuesta más estricta: una baja siempre se mantiene.</translation>
    </message>
    <message>
        <source>%1 will be deleted after the merge. A merge cannot be undone.</source>
        <translation>%1 se eliminará tras la combinación. Una combinación no se puede deshacer.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <source>Merge the two contacts</source>
        <translation>Combinar los dos contactos</translation>
    </message>
    <message>
        <source>Cancel the merge</source>
        <translation>Cancelar la combinación</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
</context>
<context>
    <name>iq::MessageDetailPane</name>
    <message>
        <source>Message details</source>
        <translation>Detalles del mensaje</translation>
    </message>
    <message>
        <source>Select a message to see its details and status history.</source>
        <translation>Seleccione un mensaje para ver sus detalles y su historial de estados.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Enviado a</translation>
    </message>
    <message>
        <source>Campaign and channel</source>
        <translation>Campaña y canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Text as sent</source>
        <translation>Texto tal como se envió</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historial de estados</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Destinatario:</translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation>Enviado a:</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Campaña:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Error:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>(no contact)</source>
        <translation>(sin contacto)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 hasta %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Code %1 (no description known)</source>
        <translation>Código %1 (sin descripción conocida)</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (código %2)</translation>
    </message>
</context>
<context>
    <name>iq::Notifier</name>
    <message>
        <source>Campaign failed</source>
        <translation>Campaña fallida</translation>
    </message>
    <message>
        <source>Campaign sent</source>
        <translation>Campaña enviada</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be sent. The Campaigns page says why.</source>
        <translation>«%1» no se pudo enviar. La página Campañas indica el motivo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has finished: %2 delivered, %3 not delivered.</source>
        <translation>«%1» ha terminado: %2 entregados, %3 no entregados.</translation>
    </message>
    <message numerus="yes">
        <source>%n new opt-out(s)</source>
        <translation>
            <numerusform>%n baja nueva</numerusform>
            <numerusform>%n bajas nuevas</numerusform>
        </translation>
    </message>
    <message>
        <source>a contact without a name</source>
        <translation>un contacto sin nombre</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s) opted out.</source>
        <translation>
            <numerusform>%1 y %n persona más se dieron de baja.</numerusform>
            <numerusform>%1 y %n personas más se dieron de baja.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 opted out.</source>
        <translation>%1 se dio de baja.</translation>
    </message>
</context>
<context>
    <name>iq::OptOutDialog</name>
    <message>
        <source>Opt out</source>
        <translation>Dar de baja</translation>
    </message>
    <message>
        <source>Confirm opt-out</source>
        <translation>Confirmar la baja</translation>
    </message>
    <message>
        <source>Opt out %1?</source>
        <translation>¿Dar de baja a %1?</translation>
    </message>
    <message numerus="yes">
        <source>Opt out %n contact(s)?</source>
        <translation>
            <numerusform>¿Dar de baja %n contacto?</numerusform>
            <numerusform>¿Dar de baja %n contactos?</numerusform>
        </translation>
    </message>
    <message>
        <source>They will get no more messages on any channel, in any group. The opt-out is kept in the consent ledger and cannot be undone; opting someone back in needs a new consent record with its source.</source>
        <translation>No recibirán más mensajes por ningún canal ni en ningún grupo. La baja queda en el registro de consentimientos y no se puede deshacer; para volver a dar de alta a alguien hace falta un nuevo registro de consentimiento con su origen.</translation>
    </message>
    <message>
        <source>Asked in person</source>
        <translation>Pedido en persona</translation>
    </message>
    <message>
        <source>Where the opt-out came from</source>
        <translation>Origen de la baja</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Origen:</translation>
    </message>
</context>
<context>
    <name>iq::PhoneNumberRow</name>
    <message>
        <source>mobile</source>
        <translation>móvil</translation>
    </message>
    <message>
        <source>home</source>
        <translation>casa</translation>
    </message>
    <message>
        <source>work</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <source>shop</source>
        <translation>tienda</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>Number label</source>
        <translation>Etiqueta del número</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Number, e.g. (415) 555-0123 or +44 7400 123456</source>
        <translation>Número, p. ej. (415) 555-0123 o +44 7400 123456</translation>
    </message>
    <message>
        <source>Number check</source>
        <translation>Comprobación del número</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this number</source>
        <translation>Quitar este número</translation>
    </message>
    <message>
        <source>Kept as typed; it will not be messaged.</source>
        <translation>Se conserva tal como se escribió; no recibirá mensajes.</translation>
    </message>
</context>
<context>
    <name>iq::PhoneNumbers</name>
    <message>
        <source>The number is empty.</source>
        <translation>El número está vacío.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>«%1» no es un número de teléfono.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid country code.</source>
        <translation>«%1» no tiene un prefijo de país válido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number.</source>
        <translation>«%1» es demasiado corto para ser un número de teléfono.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long to be a phone number.</source>
        <translation>«%1» es demasiado largo para ser un número de teléfono.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the wrong number of digits.</source>
        <translation>«%1» no tiene el número correcto de dígitos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number in use in %2.</source>
        <translation>«%1» no es un número en uso en %2.</translation>
    </message>
</context>
<context>
    <name>iq::PreferenceActions</name>
    <message>
        <source>The default region must be a two-letter country code such as US, not &quot;%1&quot;.</source>
        <translation>La región predeterminada debe ser un código de país de dos letras como US, no «%1».</translation>
    </message>
    <message>
        <source>Quiet hours: the sending window must start before it ends (%1 to %2).</source>
        <translation>Horas de silencio: la franja de envío debe empezar antes de terminar (%1 a %2).</translation>
    </message>
    <message>
        <source>The sync interval must be between 1 and %1 minutes.</source>
        <translation>El intervalo de sincronización debe estar entre 1 y %1 minutos.</translation>
    </message>
    <message>
        <source>Message history is kept between 1 and %1 months, or for ever.</source>
        <translation>El historial de mensajes se conserva entre 1 y %1 meses, o para siempre.</translation>
    </message>
</context>
<context>
    <name>iq::PreflightPanel</name>
    <message>
        <source>Pre-flight summary</source>
        <translation>Resumen de la comprobación previa</translation>
    </message>
    <message>
        <source>Who gets nothing and why</source>
        <translation>Quién no recibe nada y por qué</translation>
    </message>
    <message>
        <source>Pre-flight running</source>
        <translation>Comprobación previa en curso</translation>
    </message>
    <message>
        <source>Show people</source>
        <translation>Personas mostradas</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Who gets it now</source>
        <translation>Quién lo recibe ahora</translation>
    </message>
    <message>
        <source>Who waits for quiet hours to end</source>
        <translation>Quién espera a que terminen las horas de silencio</translation>
    </message>
    <message>
        <source>Who gets nothing</source>
        <translation>Quién no recibe nada</translation>
    </message>
    <message>
        <source>People in the audience</source>
        <translation>Personas entre los destinatarios</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Mo&amp;strar:</translation>
    </message>
    <message>
        <source>Press Pre-flight to see who gets what before anything is sent.</source>
        <translation>Pulse «Comprobación previa» para ver quién recibe qué antes de enviar nada.</translation>
    </message>
    <message>
        <source>Checking every person of the audience…</source>
        <translation>Comprobando cada destinatario…</translation>
    </message>
    <message>
        <source>The pre-flight could not run: %1</source>
        <translation>No se pudo ejecutar la comprobación previa: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will get this message</source>
        <translation>
            <numerusform>%n persona recibirá este mensaje</numerusform>
            <numerusform>%n personas recibirán este mensaje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them later, when their quiet hours end</source>
        <translation>
            <numerusform>, %n de ellas más tarde, cuando terminen sus horas de silencio</numerusform>
            <numerusform>, %n de ellas más tarde, cuando terminen sus horas de silencio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>. %n person(s) get nothing.</source>
        <translation>
            <numerusform>. %n persona no recibe nada.</numerusform>
            <numerusform>. %n personas no reciben nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMS segment(s) in all.</source>
        <translation>
            <numerusform>%n segmento SMS en total.</numerusform>
            <numerusform>%n segmentos SMS en total.</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated cost: %1.</source>
        <translation>Coste estimado: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviados: %1</translation>
    </message>
</context>
<context>
    <name>iq::PreflightPeopleModel</name>
    <message>
        <source>Gets it</source>
        <translation>Lo recibe</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Retenido</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Quiet hours: goes out %1</source>
        <translation>Horas de silencio: se envía el %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>iq::PreparedStatements</name>
    <message>
        <source>%1 failed</source>
        <translation>%1 ha fallado</translation>
    </message>
</context>
<context>
    <name>iq::RecordConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Registrar consentimiento</translation>
    </message>
    <message>
        <source>Consent for</source>
        <translation>Consentimiento para</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Grupo: %1</translation>
    </message>
    <message>
        <source>All SMS</source>
        <translation>Todos los SMS</translation>
    </message>
    <message>
        <source>All e-mail</source>
        <translation>Todos los correos</translation>
    </message>
    <message>
        <source>All voice calls</source>
        <translation>Todas las llamadas de voz</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation>Cómo se dio el consentimiento</translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation>Formulario en papel</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulario web</translation>
    </message>
    <message>
        <source>Keyword reply</source>
        <translation>Respuesta con palabra clave</translation>
    </message>
    <message>
        <source>In person or by phone</source>
        <translation>En persona o por teléfono</translation>
    </message>
    <message>
        <source>Source of the consent</source>
        <translation>Origen del consentimiento</translation>
    </message>
    <message>
        <source>e.g. sign-up sheet at the counter, 3 March</source>
        <translation>p. ej. hoja de registro en el mostrador, 3 de marzo</translation>
    </message>
    <message>
        <source>A new consent record needs its source: where and how the person agreed.</source>
        <translation>Un nuevo registro de consentimiento necesita su origen: dónde y cómo aceptó la persona.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation>&amp;Consentimiento:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Cómo:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Origen:</translation>
    </message>
</context>
<context>
    <name>iq::ServerAddress</name>
    <message>
        <source>&quot;%1&quot; is not a server address; use one like https://sync.example.com.</source>
        <translation>&quot;%1&quot; no es una dirección de servidor; use una como https://sync.example.com.</translation>
    </message>
    <message>
        <source>%1 is not a secure address: the password and sign-in tokens would travel unencrypted. Use https:// (plain http:// is allowed only for a server on this computer, such as http://127.0.0.1).</source>
        <translation>%1 no es una dirección segura: la contraseña y los tokens de inicio de sesión viajarían sin cifrar. Use https:// (el http:// simple solo se permite para un servidor en este equipo, como http://127.0.0.1).</translation>
    </message>
</context>
<context>
    <name>iq::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Preference groups</source>
        <translation>Grupos de preferencias</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;This profile</source>
        <translation>Este &amp;perfil</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Red</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Archivos</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botones del diálogo</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language is used the next time IQ Messaging starts.</source>
        <translation>Un idioma nuevo se usa la próxima vez que se inicie IQ Messaging.</translation>
    </message>
    <message>
        <source>About the language</source>
        <translation>Acerca del idioma</translation>
    </message>
    <message>
        <source>When a &amp;campaign has finished sending</source>
        <translation>Cuando una &amp;campaña termine de enviarse</translation>
    </message>
    <message>
        <source>Notify when a campaign has finished sending</source>
        <translation>Avisar cuando una campaña termine de enviarse</translation>
    </message>
    <message>
        <source>When someone &amp;opts out</source>
        <translation>Cuando alguien se dé de &amp;baja</translation>
    </message>
    <message>
        <source>Notify when someone opts out</source>
        <translation>Avisar cuando alguien se dé de baja</translation>
    </message>
    <message>
        <source>Notify me:</source>
        <translation>Avisarme:</translation>
    </message>
    <message>
        <source>These settings belong to the open profile and travel with it.</source>
        <translation>Estos ajustes pertenecen al perfil abierto y viajan con él.</translation>
    </message>
    <message>
        <source>Default region for numbers</source>
        <translation>Región predeterminada de los números</translation>
    </message>
    <message>
        <source>This computer&apos;s country (%1)</source>
        <translation>País de este equipo (%1)</translation>
    </message>
    <message>
        <source>Default &amp;region for numbers:</source>
        <translation>Re&amp;gión predeterminada de los números:</translation>
    </message>
    <message>
        <source>Marketing messages are sent from</source>
        <translation>Los mensajes publicitarios se envían desde</translation>
    </message>
    <message>
        <source>Marketing messages are sent until</source>
        <translation>Los mensajes publicitarios se envían hasta</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>Send marketing &amp;from:</source>
        <translation>Enviar publicidad &amp;desde:</translation>
    </message>
    <message>
        <source>Quiet hours: outside this window, in each recipient&apos;s local time, a marketing message waits until it opens.</source>
        <translation>Horas de silencio: fuera de esta franja, en la hora local de cada destinatario, un mensaje publicitario espera a que se abra.</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Intervalo de sincronización en minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Sync every:</source>
        <translation>&amp;Sincronizar cada:</translation>
    </message>
    <message>
        <source>Keep message history for months</source>
        <translation>Conservar el historial de mensajes durante meses</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>For ever</source>
        <translation>Para siempre</translation>
    </message>
    <message>
        <source>&amp;Keep message history:</source>
        <translation>&amp;Conservar el historial de mensajes:</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Usar la configuración de proxy del &amp;sistema</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Usar la configuración de proxy del sistema</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>Si&amp;n proxy</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Sin proxy</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>Proxy &amp;manual:</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>Proxy manual</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Host del proxy</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Puerto del proxy</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Carpeta de exportación</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation>Elegir la carpeta de exportación</translation>
    </message>
    <message>
        <source>&amp;Exports go to:</source>
        <translation>Carpeta de e&amp;xportación:</translation>
    </message>
    <message>
        <source>Where export dialogs open; empty means your home folder.</source>
        <translation>Dónde se abren los diálogos de exportación; vacío significa su carpeta personal.</translation>
    </message>
    <message>
        <source>Manual proxy: enter the proxy&apos;s host name, or choose another proxy setting.</source>
        <translation>Proxy manual: escriba el nombre de host del proxy o elija otra configuración de proxy.</translation>
    </message>
    <message>
        <source>Manual proxy: &quot;%1&quot; is not a host name.</source>
        <translation>Proxy manual: «%1» no es un nombre de host.</translation>
    </message>
    <message>
        <source>Exports: the folder &quot;%1&quot; does not exist.</source>
        <translation>Exportaciones: la carpeta «%1» no existe.</translation>
    </message>
    <message>
        <source>The new language is used the next time IQ Messaging starts.</source>
        <translation>El idioma nuevo se usa la próxima vez que se inicie IQ Messaging.</translation>
    </message>
</context>
<context>
    <name>iq::SyncApi</name>
    <message>
        <source>The server answered %1 results for %2 changes.</source>
        <translation>El servidor devolvió %1 resultados para %2 cambios.</translation>
    </message>
    <message>
        <source>Sync was stopped.</source>
        <translation>Se detuvo la sincronización.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again to sync.</source>
        <translation>Su sesión ha caducado o se ha revocado. Vuelva a iniciar sesión para sincronizar.</translation>
    </message>
    <message>
        <source>The server did not answer in time (%1).</source>
        <translation>El servidor no respondió a tiempo (%1).</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>No se puede contactar con el servidor: %1</translation>
    </message>
    <message>
        <source>%1 (field &quot;%2&quot;)</source>
        <translation>%1 (campo &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>The server no longer knows this device&apos;s sync position.</source>
        <translation>El servidor ya no conoce el punto de sincronización de este dispositivo.</translation>
    </message>
    <message>
        <source>The server is busy; sync will try again later.</source>
        <translation>El servidor está ocupado; la sincronización se reintentará más tarde.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1); sync will try again later.</source>
        <translation>El servidor tuvo un problema (HTTP %1); la sincronización se reintentará más tarde.</translation>
    </message>
    <message>
        <source>The e-mail or password is not right.</source>
        <translation>El correo o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>That already exists.</source>
        <translation>Eso ya existe.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1): %2</source>
        <translation>El servidor rechazó la solicitud (HTTP %1): %2</translation>
    </message>
    <message>
        <source>No new account could be opened with this e-mail address and password. If the address already has an account, sign in with its password.</source>
        <translation>No se pudo abrir una cuenta nueva con esta dirección de correo y esta contraseña. Si la dirección ya tiene una cuenta, inicie sesión con su contraseña.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 and points to %2. Redirects are not followed, so that your password and sign-in never go to an address you did not choose; if that is the server&apos;s new address, enter it instead.</source>
        <translation>El servidor respondió HTTP %1 y remite a %2. Las redirecciones no se siguen, para que su contraseña y su inicio de sesión nunca vayan a una dirección que usted no eligió; si es la nueva dirección del servidor, introdúzcala en su lugar.</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>ninguna dirección</translation>
    </message>
</context>
<context>
    <name>iq::SyncController</name>
    <message>
        <source>Local profile, not synced</source>
        <translation>Perfil local, sin sincronizar</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>Sincronizando con %1…</translation>
    </message>
    <message>
        <source>Synced, but the renewed sign-in could not be saved in the keychain: %1 It is kept while the application runs and saved as soon as the keychain takes it.</source>
        <translation>Sincronizado, pero el inicio de sesión renovado no se pudo guardar en el llavero: %1 Se conserva mientras la aplicación esté abierta y se guarda en cuanto el llavero lo acepte.</translation>
    </message>
</context>
<context>
    <name>iq::SyncEngine</name>
    <message>
        <source>The server answered for %1 %2 where %3 %4 was expected.</source>
        <translation>El servidor respondió para %1 %2 cuando se esperaba %3 %4.</translation>
    </message>
    <message>
        <source>Storing the sync state</source>
        <translation>Guardando el estado de sincronización</translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation>El servidor la rechazó: %1</translation>
    </message>
    <message>
        <source>Dropping a sent change</source>
        <translation>Quitar un cambio enviado</translation>
    </message>
    <message>
        <source>Recording the version of a sent change</source>
        <translation>Guardar la versión de un cambio enviado</translation>
    </message>
    <message>
        <source>Clearing a change set aside</source>
        <translation>Quitar un cambio apartado</translation>
    </message>
    <message>
        <source>Recording the merge base of a sent change</source>
        <translation>Guardar la base de fusión de un cambio enviado</translation>
    </message>
    <message>
        <source>It is %1 KiB, more than the %2 KiB a request to the server may carry.</source>
        <translation>Ocupa %1 KiB, más de los %2 KiB que puede llevar una petición al servidor.</translation>
    </message>
    <message>
        <source>The record is %1 KiB, more than the %2 KiB the server keeps for one record.</source>
        <translation>El registro ocupa %1 KiB, más de los %2 KiB que el servidor guarda por registro.</translation>
    </message>
    <message>
        <source>A change of %1 %2 was not sent: %3</source>
        <translation>Un cambio de %1 %2 no se envió: %3</translation>
    </message>
</context>
<context>
    <name>iq::SyncLock</name>
    <message>
        <source>A sync of this profile is already running (in IQ Messaging or iqm); try again when it has finished.</source>
        <translation>Ya hay una sincronización de este perfil en curso (en IQ Messaging o iqm); inténtelo de nuevo cuando termine.</translation>
    </message>
    <message>
        <source>Cannot create the sync lock %1.</source>
        <translation>No se puede crear el bloqueo de sincronización %1.</translation>
    </message>
</context>
<context>
    <name>iq::SyncProtocol</name>
    <message>
        <source>The server&apos;s reply is not understood: &quot;%1&quot; must be %2.</source>
        <translation>No se entiende la respuesta del servidor: &quot;%1&quot; debe ser %2.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not valid JSON (byte %1: %2).</source>
        <translation>La respuesta del servidor no es JSON válido (byte %1: %2).</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena de texto</translation>
    </message>
    <message>
        <source>a whole number from 0</source>
        <translation>un número entero desde 0</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a known record type</source>
        <translation>un tipo de registro conocido</translation>
    </message>
    <message>
        <source>not empty</source>
        <translation>no vacío</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <source>applied, conflict or rejected</source>
        <translation>applied, conflict o rejected</translation>
    </message>
    <message>
        <source>present on a conflict</source>
        <translation>presente en un conflicto</translation>
    </message>
</context>
<context>
    <name>iq::SyncStatusWidget</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Estado de sincronización</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sync with the server now (F5)</source>
        <translation>Sincronizar con el servidor ahora (F5)</translation>
    </message>
    <message>
        <source>Local only — sign in to sync</source>
        <translation>Solo local: inicie sesión para sincronizar</translation>
    </message>
    <message>
        <source>This profile is kept on this computer only. Account &gt; Sign in connects it to an account and uploads its data.</source>
        <translation>Este perfil solo está en este equipo. Cuenta &gt; Iniciar sesión lo vincula a una cuenta y sube sus datos.</translation>
    </message>
    <message>
        <source>Signed out — sign in to sync</source>
        <translation>Sesión cerrada: inicie sesión para sincronizar</translation>
    </message>
    <message>
        <source>No keychain — working offline</source>
        <translation>Sin llavero: sin conexión</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Sincronizado %1</translation>
    </message>
    <message>
        <source> (with problems)</source>
        <translation> (con problemas)</translation>
    </message>
    <message>
        <source>Offline — last synced %1, will retry</source>
        <translation>Sin conexión: última sincronización %1, se reintentará</translation>
    </message>
    <message>
        <source>Sync problem — will retry</source>
        <translation>Problema de sincronización: se reintentará</translation>
    </message>
    <message numerus="yes">
        <source> · %n change(s) to send</source>
        <translation>
            <numerusform> · %n cambio por enviar</numerusform>
            <numerusform> · %n cambios por enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n conflict(s) to review</source>
        <translation>
            <numerusform> · %n conflicto por revisar</numerusform>
            <numerusform> · %n conflictos por revisar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 registros</translation>
    </message>
    <message numerus="yes">
        <source> · %n change(s) not sent</source>
        <translation>
            <numerusform> · %n cambio sin enviar</numerusform>
            <numerusform> · %n cambios sin enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server cannot take %n change(s): too large, or refused. They stay on this computer; edit the record to send it again.</source>
        <translation>
            <numerusform>El servidor no puede aceptar %n cambio: demasiado grande o rechazado. Se queda en este equipo; edite el registro para enviarlo de nuevo.</numerusform>
            <numerusform>El servidor no puede aceptar %n cambios: demasiado grandes o rechazados. Se quedan en este equipo; edite el registro para enviarlo de nuevo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iq::Theme</name>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
</context>
<context>
    <name>iq::TimelineActions</name>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>held for quiet hours</source>
        <translation>retenido por horas de silencio</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>undeliverable</source>
        <translation>no se puede entregar</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>no enviado</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importación</translation>
    </message>
    <message>
        <source>keyword reply</source>
        <translation>respuesta con palabra clave</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>formulario web</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>formulario en papel</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>introducido a mano</translation>
    </message>
    <message>
        <source>another device</source>
        <translation>otro dispositivo</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>combinación</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1 «%2»: %3</translation>
    </message>
    <message>
        <source>%1 answer to their keyword reply: %2</source>
        <translation>Respuesta (%1) a su respuesta con palabra clave: %2</translation>
    </message>
    <message>
        <source>%1 message: %2</source>
        <translation>Mensaje (%1): %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Call of “%1” to %2</source>
        <translation>Llamada de la campaña «%1» a %2</translation>
    </message>
    <message>
        <source>Call to %1</source>
        <translation>Llamada a %1</translation>
    </message>
    <message>
        <source>Call from %1, forwarded to %2</source>
        <translation>Llamada de %1, desviada a %2</translation>
    </message>
    <message>
        <source>Missed call from %1</source>
        <translation>Llamada perdida de %1</translation>
    </message>
    <message>
        <source>Voicemail from %1</source>
        <translation>Mensaje de voz de %1</translation>
    </message>
    <message>
        <source>Call from %1</source>
        <translation>Llamada de %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n s</source>
        <translation>
            <numerusform>%1, %n s</numerusform>
            <numerusform>%1, %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>all %1</source>
        <translation>el canal %1</translation>
    </message>
    <message>
        <source>a deleted group</source>
        <translation>un grupo eliminado</translation>
    </message>
    <message>
        <source>Keyword reply: %1 for %2</source>
        <translation>Respuesta con palabra clave: %1 para %2</translation>
    </message>
    <message>
        <source>Replied “%1”: %2 for %3</source>
        <translation>Respondió «%1»: %2 para %3</translation>
    </message>
    <message>
        <source>%1 for %2 (%3)</source>
        <translation>%1 para %2 (%3)</translation>
    </message>
    <message>
        <source>added as a new contact</source>
        <translation>añadido como contacto nuevo</translation>
    </message>
    <message>
        <source>details updated</source>
        <translation>detalles actualizados</translation>
    </message>
    <message>
        <source>added to %1</source>
        <translation>añadido a %1</translation>
    </message>
    <message>
        <source>Import of %1: %2</source>
        <translation>Importación de %1: %2</translation>
    </message>
    <message>
        <source>%1 (rolled back)</source>
        <translation>%1 (deshecha)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Combinación</translation>
    </message>
    <message>
        <source>Merged with %1</source>
        <translation>Combinado con %1</translation>
    </message>
</context>
<context>
    <name>iq::TokenStore</name>
    <message>
        <source>No sign-in is stored for %1.</source>
        <translation>No hay ningún inicio de sesión guardado para %1.</translation>
    </message>
</context>
<context>
    <name>iq::VCardReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Line %1: the card that starts here has no END:VCARD.</source>
        <translation>Línea %1: la tarjeta que empieza aquí no tiene END:VCARD.</translation>
    </message>
    <message>
        <source>Line %1: the file has more than %2 cards; this card and the ones after it are not read.</source>
        <translation>Línea %1: el archivo tiene más de %2 tarjetas; esta tarjeta y las siguientes no se leen.</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2; the card that starts on line %3 is skipped.</source>
        <translation>La línea %1 es más larga que %2; se omite la tarjeta que empieza en la línea %3.</translation>
    </message>
    <message>
        <source>Line %1: the card that starts here is larger than %2 (at line %3); it is skipped.</source>
        <translation>Línea %1: la tarjeta que empieza aquí supera %2 (en la línea %3); se omite.</translation>
    </message>
</context>
<context>
    <name>iq::VoicePreview</name>
    <message>
        <source>No speech engine on this computer</source>
        <translation>No hay síntesis de voz en este equipo</translation>
    </message>
    <message>
        <source>The speech engine does not work</source>
        <translation>La síntesis de voz no funciona</translation>
    </message>
    <message>
        <source>Reading aloud is not part of this build</source>
        <translation>La lectura en voz alta no está incluida en esta versión</translation>
    </message>
    <message>
        <source>No audio device on this computer</source>
        <translation>No hay ningún dispositivo de audio en este equipo</translation>
    </message>
    <message>
        <source>Playing recordings is not part of this build</source>
        <translation>La reproducción de grabaciones no está incluida en esta versión</translation>
    </message>
</context>
<context>
    <name>iq::WelcomeDialog</name>
    <message>
        <source>Welcome to IQ Messaging</source>
        <translation>Bienvenido a IQ Messaging</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to IQ Messaging&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bienvenido a IQ Messaging&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Message the customers who opted in, by SMS, e-mail and voice. How would you like to start?</source>
        <translation>Escriba a los clientes suscritos por SMS, correo y voz. ¿Cómo quiere empezar?</translation>
    </message>
    <message>
        <source>How to start</source>
        <translation>Cómo empezar</translation>
    </message>
    <message>
        <source>&amp;Try the demo</source>
        <translation>&amp;Probar la demostración</translation>
    </message>
    <message>
        <source>A server on this computer with a small shop&apos;s contacts, groups and templates. Nothing is sent.</source>
        <translation>Un servidor en este equipo con los contactos, grupos y plantillas de una pequeña tienda. No se envía nada.</translation>
    </message>
    <message>
        <source>Needs the IQ Messaging server (iqmsgd), which is not installed.</source>
        <translation>Necesita el servidor de IQ Messaging (iqmsgd), que no está instalado.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Use the account you already have, and sync with it.</source>
        <translation>Usar la cuenta que ya tiene y sincronizar con ella.</translation>
    </message>
    <message>
        <source>&amp;Create an account</source>
        <translation>&amp;Crear una cuenta</translation>
    </message>
    <message>
        <source>Sync your contacts and campaigns between your computers.</source>
        <translation>Sincronizar sus contactos y campañas entre sus equipos.</translation>
    </message>
    <message>
        <source>&amp;Work on this computer only</source>
        <translation>&amp;Trabajar solo en este equipo</translation>
    </message>
    <message>
        <source>No account: everything stays here. You can sign in later from the Account menu.</source>
        <translation>Sin cuenta: todo se queda aquí. Puede iniciar sesión más tarde desde el menú Cuenta.</translation>
    </message>
</context>
<context>
    <name>iq::WelcomeFlow</name>
    <message>
        <source>The demo could not start</source>
        <translation>La demostración no se pudo iniciar</translation>
    </message>
    <message>
        <source>%1

You can keep working on this computer.</source>
        <translation>%1

Puede seguir trabajando en este equipo.</translation>
    </message>
</context>
<context>
    <name>iq::campaign::DeliveryErrors</name>
    <message>
        <source>The handset was off or out of reach</source>
        <translation>El teléfono estaba apagado o fuera de cobertura</translation>
    </message>
    <message>
        <source>The carrier reported an unknown error</source>
        <translation>El operador informó de un error desconocido</translation>
    </message>
    <message>
        <source>The number is not in service</source>
        <translation>El número no está en servicio</translation>
    </message>
    <message>
        <source>The number is a landline or its carrier cannot take messages</source>
        <translation>El número es fijo o su operador no puede recibir mensajes</translation>
    </message>
    <message>
        <source>Blocked by the carrier as spam</source>
        <translation>Bloqueado por el operador como spam</translation>
    </message>
    <message>
        <source>The line was busy</source>
        <translation>La línea estaba ocupada</translation>
    </message>
    <message>
        <source>Nobody answered the call</source>
        <translation>Nadie contestó la llamada</translation>
    </message>
</context>
<context>
    <name>iq::campaign::RecipientRules</name>
    <message>
        <source>Opted out</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>No consent for marketing</source>
        <translation>Sin consentimiento para marketing</translation>
    </message>
    <message>
        <source>No valid phone number</source>
        <translation>Ningún número de teléfono válido</translation>
    </message>
    <message>
        <source>Not a mobile number</source>
        <translation>No es un número móvil</translation>
    </message>
    <message>
        <source>No e-mail address</source>
        <translation>Sin dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Same address as another recipient</source>
        <translation>Misma dirección que otro destinatario</translation>
    </message>
    <message>
        <source>Personalized message is empty</source>
        <translation>El mensaje personalizado está vacío</translation>
    </message>
</context>
<context>
    <name>iq::cli</name>
    <message>
        <source>The command-line companion of IQ Messaging: everything the desktop application does with data, from a terminal or a script.</source>
        <translation>La herramienta de línea de comandos de IQ Messaging: todo lo que la aplicación de escritorio hace con los datos, desde un terminal o un script.</translation>
    </message>
</context>
<context>
    <name>iq::cli::Text</name>
    <message>
        <source>Create an account on a server and connect this profile to it.</source>
        <translation>Crear una cuenta en un servidor y vincular este perfil a ella.</translation>
    </message>
    <message>
        <source>Sign in to an account and connect a profile to it.</source>
        <translation>Iniciar sesión en una cuenta y vincular un perfil a ella.</translation>
    </message>
    <message>
        <source>The server&apos;s address, e.g. https://sync.example.com.</source>
        <translation>La dirección del servidor, p. ej. https://sync.example.com.</translation>
    </message>
    <message>
        <source>The account&apos;s e-mail address.</source>
        <translation>El correo electrónico de la cuenta.</translation>
    </message>
    <message>
        <source>Your name or your business&apos;s.</source>
        <translation>Su nombre o el de su negocio.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Leer la contraseña de la entrada estándar.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 es obligatorio.</translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation>--name es obligatorio.</translation>
    </message>
    <message>
        <source>--password-stdin is required: the password is read from standard input, never from the command line.</source>
        <translation>--password-stdin es obligatorio: la contraseña se lee de la entrada estándar, nunca de la línea de comandos.</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>No hay contraseña en la entrada estándar.</translation>
    </message>
    <message>
        <source>Account %1 created; profile %2 is connected to it.</source>
        <translation>Cuenta %1 creada; el perfil %2 está vinculado a ella.</translation>
    </message>
    <message>
        <source>Signed in as %1; profile %2 is connected.</source>
        <translation>Sesión iniciada como %1; el perfil %2 está vinculado.</translation>
    </message>
    <message>
        <source>This was the first sign-in from this device; the account records it.</source>
        <translation>Este fue el primer inicio de sesión desde este dispositivo; la cuenta lo registra.</translation>
    </message>
    <message numerus="yes">
        <source>%n local change(s) will be uploaded by &apos;iqm sync&apos;.</source>
        <translation>
            <numerusform>&apos;iqm sync&apos; subirá %n cambio local.</numerusform>
            <numerusform>&apos;iqm sync&apos; subirá %n cambios locales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign this profile out: the server forgets this device&apos;s session and the keychain its tokens. The profile&apos;s data stays.</source>
        <translation>Cerrar la sesión de este perfil: el servidor olvida la sesión de este dispositivo y el llavero sus tokens. Los datos del perfil se conservan.</translation>
    </message>
    <message>
        <source>Signed out of %1. The profile&apos;s data stays on this computer.</source>
        <translation>Sesión cerrada en %1. Los datos del perfil se quedan en este equipo.</translation>
    </message>
    <message>
        <source>List the profiles and their accounts.</source>
        <translation>Mostrar los perfiles y sus cuentas.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Mostrar JSON.</translation>
    </message>
    <message>
        <source>No accounts yet. Sign in with &apos;iqm account login&apos;.</source>
        <translation>Aún no hay cuentas. Inicie sesión con &apos;iqm account login&apos;.</translation>
    </message>
    <message>
        <source>(local only)</source>
        <translation>(solo local)</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>sesión iniciada</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>sesión cerrada</translation>
    </message>
    <message>
        <source>Make another profile the one iqm and the application open by default.</source>
        <translation>Hacer que iqm y la aplicación abran otro perfil de forma predeterminada.</translation>
    </message>
    <message>
        <source>An e-mail address or a profile folder.</source>
        <translation>Un correo electrónico o una carpeta de perfil.</translation>
    </message>
    <message>
        <source>No profile or account &quot;%1&quot;; &apos;iqm account list&apos; shows them.</source>
        <translation>No hay ningún perfil ni cuenta &quot;%1&quot;; &apos;iqm account list&apos; los muestra.</translation>
    </message>
    <message>
        <source>Now using %1.</source>
        <translation>Ahora se usa %1.</translation>
    </message>
    <message>
        <source>Send this profile&apos;s changes to the server and receive the others&apos;.</source>
        <translation>Enviar los cambios de este perfil al servidor y recibir los de los demás.</translation>
    </message>
    <message>
        <source>Print what happened as JSON.</source>
        <translation>Mostrar el resultado como JSON.</translation>
    </message>
    <message>
        <source>Pushed %1, pulled %2, conflicts %3.</source>
        <translation>Enviados %1, recibidos %2, conflictos %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review in the application.</source>
        <translation>
            <numerusform>%n conflicto por revisar en la aplicación.</numerusform>
            <numerusform>%n conflictos por revisar en la aplicación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create an account and connect this profile</source>
        <translation>Crear una cuenta y vincular este perfil</translation>
    </message>
    <message>
        <source>Sign in and connect a profile</source>
        <translation>Iniciar sesión y vincular un perfil</translation>
    </message>
    <message>
        <source>Sign this profile out</source>
        <translation>Cerrar la sesión de este perfil</translation>
    </message>
    <message>
        <source>List profiles and their accounts</source>
        <translation>Mostrar los perfiles y sus cuentas</translation>
    </message>
    <message>
        <source>Open another profile by default</source>
        <translation>Abrir otro perfil de forma predeterminada</translation>
    </message>
    <message>
        <source>Sync this profile with its account</source>
        <translation>Sincronizar este perfil con su cuenta</translation>
    </message>
    <message>
        <source>Run &apos;iqm --help&apos; for usage.</source>
        <translation>Ejecute &apos;iqm --help&apos; para ver el uso.</translation>
    </message>
    <message>
        <source>Use the profile in &lt;dir&gt; instead of the default.</source>
        <translation>Usar el perfil de &lt;dir&gt; en lugar del predeterminado.</translation>
    </message>
    <message>
        <source>iqm %1: missing argument.</source>
        <translation>iqm %1: falta un argumento.</translation>
    </message>
    <message>
        <source>iqm %1: unexpected argument &quot;%2&quot;.</source>
        <translation>iqm %1: argumento inesperado &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Usage: iqm [--profile DIR] COMMAND [options]</source>
        <translation>Uso: iqm [--profile DIR] COMMAND [options]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Use the profile in DIR (default: $IQM_PROFILE, then the application&apos;s data folder).</source>
        <translation>Usar el perfil de DIR (por defecto: $IQM_PROFILE y luego la carpeta de datos de la aplicación).</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>Print this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Run &apos;iqm COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Ejecute &apos;iqm COMMAND --help&apos; para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>--profile needs a folder.</source>
        <translation>--profile necesita una carpeta.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>Opción desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Add a contact to the profile.</source>
        <translation>Añadir un contacto al perfil.</translation>
    </message>
    <message>
        <source>Given name.</source>
        <translation>Nombre.</translation>
    </message>
    <message>
        <source>Middle name.</source>
        <translation>Segundo nombre.</translation>
    </message>
    <message>
        <source>Family name.</source>
        <translation>Apellidos.</translation>
    </message>
    <message>
        <source>Company or organization.</source>
        <translation>Empresa u organización.</translation>
    </message>
    <message>
        <source>A phone number (repeat for several).</source>
        <translation>Un número de teléfono (repetir para varios).</translation>
    </message>
    <message>
        <source>An e-mail address (repeat for several).</source>
        <translation>Un correo electrónico (repetir para varios).</translation>
    </message>
    <message>
        <source>Add to this group, creating it if needed (repeat for several).</source>
        <translation>Añadir a este grupo, creándolo si hace falta (repetir para varios).</translation>
    </message>
    <message>
        <source>Consent recorded for the groups: opted-in, opted-out, pending or unknown (default).</source>
        <translation>Consentimiento registrado para los grupos: opted-in, opted-out, pending o unknown (por defecto).</translation>
    </message>
    <message>
        <source>Where the consent came from, e.g. &quot;paper form&quot;.</source>
        <translation>Origen del consentimiento, p. ej. &quot;formulario en papel&quot;.</translation>
    </message>
    <message>
        <source>Print the new contact as JSON.</source>
        <translation>Mostrar el contacto nuevo como JSON.</translation>
    </message>
    <message>
        <source>--consent must be opted-in, opted-out, pending or unknown, not &quot;%1&quot;.</source>
        <translation>--consent debe ser opted-in, opted-out, pending o unknown, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Added %1 (%2)</source>
        <translation>%1 añadido (%2)</translation>
    </message>
    <message>
        <source>warning: &quot;%1&quot; is not a valid phone number; kept as typed.</source>
        <translation>aviso: &quot;%1&quot; no es un número de teléfono válido; se guarda tal cual.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Mostrar una matriz JSON.</translation>
    </message>
    <message>
        <source>Show one contact as JSON.</source>
        <translation>Mostrar un contacto como JSON.</translation>
    </message>
    <message>
        <source>The contact&apos;s id.</source>
        <translation>El id del contacto.</translation>
    </message>
    <message>
        <source>Delete a contact.</source>
        <translation>Eliminar un contacto.</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 eliminado</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Añadir un contacto</translation>
    </message>
    <message>
        <source>List contacts</source>
        <translation>Mostrar los contactos</translation>
    </message>
    <message>
        <source>Show one contact as JSON</source>
        <translation>Mostrar un contacto como JSON</translation>
    </message>
    <message>
        <source>Delete a contact</source>
        <translation>Eliminar un contacto</translation>
    </message>
    <message>
        <source>Create the profile (folder and database) if it does not exist yet.</source>
        <translation>Crear el perfil (carpeta y base de datos) si aún no existe.</translation>
    </message>
    <message>
        <source>Profile ready at %1</source>
        <translation>Perfil listo en %1</translation>
    </message>
    <message>
        <source>Show where the profile is and what it holds.</source>
        <translation>Mostrar dónde está el perfil y qué contiene.</translation>
    </message>
    <message>
        <source>Profile:        %1</source>
        <translation>Perfil:         %1</translation>
    </message>
    <message>
        <source>Database:       %1</source>
        <translation>Base de datos:  %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Esquema:        %1</translation>
    </message>
    <message>
        <source>Contacts:       %1</source>
        <translation>Contactos:      %1</translation>
    </message>
    <message>
        <source>Groups:         %1</source>
        <translation>Grupos:         %1</translation>
    </message>
    <message>
        <source>Unsynced:       %1</source>
        <translation>Sin sincronizar: %1</translation>
    </message>
    <message>
        <source>Create the profile if it does not exist</source>
        <translation>Crear el perfil si no existe</translation>
    </message>
    <message>
        <source>Show the profile&apos;s folder, schema and counts</source>
        <translation>Mostrar la carpeta, el esquema y los totales del perfil</translation>
    </message>
    <message>
        <source>Render a message template for one contact or for given data.</source>
        <translation>Rellenar una plantilla de mensaje para un contacto o para unos datos dados.</translation>
    </message>
    <message>
        <source>Read the template from FILE (UTF-8).</source>
        <translation>Leer la plantilla de FILE (UTF-8).</translation>
    </message>
    <message>
        <source>The template itself.</source>
        <translation>La plantilla en sí.</translation>
    </message>
    <message>
        <source>Render for the contact with this id.</source>
        <translation>Rellenar para el contacto con este id.</translation>
    </message>
    <message>
        <source>With --contact: the group name {{group}} prints (default: the contact&apos;s first group).</source>
        <translation>Con --contact: el nombre de grupo que muestra {{group}} (por defecto: el primer grupo del contacto).</translation>
    </message>
    <message>
        <source>Render with this JSON object instead of a contact.</source>
        <translation>Rellenar con este objeto JSON en lugar de un contacto.</translation>
    </message>
    <message>
        <source>sms (default), email-html, email-text or voice; email-html escapes values for HTML.</source>
        <translation>sms (por defecto), email-html, email-text o voice; email-html escapa los valores para HTML.</translation>
    </message>
    <message>
        <source>Print a JSON object: the text, the fallbacks used, warnings and, for SMS, the segments.</source>
        <translation>Mostrar un objeto JSON: el texto, los valores alternativos usados, los avisos y, para SMS, los segmentos.</translation>
    </message>
    <message>
        <source>Give the template with either --template FILE or --text TEMPLATE.</source>
        <translation>Indique la plantilla con --template FILE o con --text TEMPLATE.</translation>
    </message>
    <message>
        <source>Say whom to render for with either --contact ID or --data JSON.</source>
        <translation>Indique para quién rellenar con --contact ID o con --data JSON.</translation>
    </message>
    <message>
        <source>--channel must be sms, email-html, email-text or voice, not &quot;%1&quot;.</source>
        <translation>--channel debe ser sms, email-html, email-text o voice, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the template &quot;%1&quot;: %2.</source>
        <translation>No se puede leer la plantilla &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>--data is not valid JSON at byte %1: %2.</source>
        <translation>--data no es JSON válido en el byte %1: %2.</translation>
    </message>
    <message>
        <source>--data must be a JSON object, like {&quot;first_name&quot;: &quot;Ann&quot;}.</source>
        <translation>--data debe ser un objeto JSON, como {&quot;first_name&quot;: &quot;Ann&quot;}.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>Count the SMS segments of a message. Without TEXT, each line of standard input is a JSON string; one JSON object is printed per message.</source>
        <translation>Contar los segmentos SMS de un mensaje. Sin TEXT, cada línea de la entrada estándar es una cadena JSON; se muestra un objeto JSON por mensaje.</translation>
    </message>
    <message>
        <source>The message.</source>
        <translation>El mensaje.</translation>
    </message>
    <message>
        <source>Line %1 of the input is not a JSON string (like &quot;Hello&quot;).</source>
        <translation>La línea %1 de la entrada no es una cadena JSON (como &quot;Hello&quot;).</translation>
    </message>
    <message>
        <source>Render a template for a contact or JSON data</source>
        <translation>Rellenar una plantilla para un contacto o datos JSON</translation>
    </message>
    <message>
        <source>Count SMS segments and the encoding of messages</source>
        <translation>Contar los segmentos SMS y la codificación de los mensajes</translation>
    </message>
    <message>
        <source>List the profile&apos;s contacts, sorted by name.</source>
        <translation>Listar los contactos del perfil, ordenados por nombre.</translation>
    </message>
    <message>
        <source>Only contacts whose names or e-mails start with these words, or whose numbers contain these digits.</source>
        <translation>Solo los contactos cuyos nombres o correos empiezan por estas palabras, o cuyos números contienen estos dígitos.</translation>
    </message>
    <message>
        <source>Only members of this group (name or id).</source>
        <translation>Solo los miembros de este grupo (nombre o ID).</translation>
    </message>
    <message>
        <source>Only contacts with this consent: opted-in, opted-out, pending or unknown.</source>
        <translation>Solo los contactos con este consentimiento: opted-in, opted-out, pending o unknown.</translation>
    </message>
    <message>
        <source>Opt a contact out of every channel and group. Recorded in the consent ledger with its source; opting back in needs a new consent record.</source>
        <translation>Dar de baja un contacto de todos los canales y grupos. Se anota en el registro de consentimientos con su origen; volver a darlo de alta requiere un nuevo registro de consentimiento.</translation>
    </message>
    <message>
        <source>Where the opt-out came from, e.g. &quot;STOP reply&quot; (required).</source>
        <translation>Origen de la baja, p. ej. &quot;respuesta STOP&quot; (obligatorio).</translation>
    </message>
    <message>
        <source>--source is required: say where the opt-out came from.</source>
        <translation>--source es obligatorio: indique de dónde vino la baja.</translation>
    </message>
    <message>
        <source>Opted out %1 (%2)</source>
        <translation>%1 dado de baja (%2)</translation>
    </message>
    <message>
        <source>Opt a contact out of everything</source>
        <translation>Dar de baja un contacto de todo</translation>
    </message>
    <message>
        <source>Create a group.</source>
        <translation>Crear un grupo.</translation>
    </message>
    <message>
        <source>The new group&apos;s name.</source>
        <translation>Nombre del nuevo grupo.</translation>
    </message>
    <message>
        <source>What the group is for.</source>
        <translation>Para qué sirve el grupo.</translation>
    </message>
    <message>
        <source>Print the new group as JSON.</source>
        <translation>Mostrar el nuevo grupo en JSON.</translation>
    </message>
    <message>
        <source>Added group %1 (%2)</source>
        <translation>Grupo %1 añadido (%2)</translation>
    </message>
    <message>
        <source>List the groups with their member and opted-in counts.</source>
        <translation>Listar los grupos con su número de miembros y de suscritos.</translation>
    </message>
    <message>
        <source>%1 members, %2 opted in</source>
        <translation>%1 miembros, %2 suscritos</translation>
    </message>
    <message>
        <source>Rename a group.</source>
        <translation>Cambiar el nombre de un grupo.</translation>
    </message>
    <message>
        <source>The group&apos;s name or id.</source>
        <translation>Nombre o ID del grupo.</translation>
    </message>
    <message>
        <source>Its new name.</source>
        <translation>Su nuevo nombre.</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>%1 renombrado a %2</translation>
    </message>
    <message>
        <source>Delete a group. Its contacts and the consent history stay.</source>
        <translation>Eliminar un grupo. Sus contactos y el historial de consentimiento se conservan.</translation>
    </message>
    <message>
        <source>Deleted group %1</source>
        <translation>Grupo %1 eliminado</translation>
    </message>
    <message>
        <source>List a group&apos;s members with their consent in it.</source>
        <translation>Listar los miembros de un grupo con su consentimiento en él.</translation>
    </message>
    <message>
        <source>Add a contact to a group, recording their consent in the ledger.</source>
        <translation>Añadir un contacto a un grupo, anotando su consentimiento en el registro.</translation>
    </message>
    <message>
        <source>opted-in, opted-out, pending or unknown (default); opted-in needs --source.</source>
        <translation>opted-in, opted-out, pending o unknown (por defecto); opted-in requiere --source.</translation>
    </message>
    <message>
        <source>Where the consent came from.</source>
        <translation>Origen del consentimiento.</translation>
    </message>
    <message>
        <source>Opting in needs --source: say where the consent came from.</source>
        <translation>Dar el consentimiento requiere --source: indique de dónde vino.</translation>
    </message>
    <message>
        <source>Added %1 to %2 (%3)</source>
        <translation>%1 añadido a %2 (%3)</translation>
    </message>
    <message>
        <source>Remove a contact from a group. The consent history stays.</source>
        <translation>Quitar un contacto de un grupo. El historial de consentimiento se conserva.</translation>
    </message>
    <message>
        <source>Removed %1 from %2</source>
        <translation>%1 quitado de %2</translation>
    </message>
    <message>
        <source>Create a group</source>
        <translation>Crear un grupo</translation>
    </message>
    <message>
        <source>List groups with member counts</source>
        <translation>Listar los grupos con su número de miembros</translation>
    </message>
    <message>
        <source>Rename a group</source>
        <translation>Cambiar el nombre de un grupo</translation>
    </message>
    <message>
        <source>Delete a group</source>
        <translation>Eliminar un grupo</translation>
    </message>
    <message>
        <source>List a group&apos;s members and consent</source>
        <translation>Listar los miembros y el consentimiento de un grupo</translation>
    </message>
    <message>
        <source>Add a contact to a group</source>
        <translation>Añadir un contacto a un grupo</translation>
    </message>
    <message>
        <source>Remove a contact from a group</source>
        <translation>Quitar un contacto de un grupo</translation>
    </message>
    <message>
        <source>File: %1 (%2, %3%4)</source>
        <translation>Archivo: %1 (%2, %3%4)</translation>
    </message>
    <message>
        <source>delimiter %1</source>
        <translation>delimitador %1</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Filas: %1</translation>
    </message>
    <message>
        <source>Group memberships added: %1</source>
        <translation>Membresías de grupo añadidas: %1</translation>
    </message>
    <message>
        <source>Recorded as opted out: %1</source>
        <translation>Registrados como dados de baja: %1</translation>
    </message>
    <message>
        <source>Rejected rows written to %1 (%2 rows)</source>
        <translation>Filas rechazadas escritas en %1 (%2 filas)</translation>
    </message>
    <message>
        <source>Import contacts from a CSV or vCard file. Prints the plan with --dry-run.</source>
        <translation>Importar contactos desde un archivo CSV o vCard. Con --dry-run muestra el plan.</translation>
    </message>
    <message>
        <source>The CSV or vCard file.</source>
        <translation>El archivo CSV o vCard.</translation>
    </message>
    <message>
        <source>Region for numbers without a country code, e.g. US.</source>
        <translation>Región para números sin prefijo de país, p. ej. US.</translation>
    </message>
    <message>
        <source>Add everyone imported to this group (repeat for several).</source>
        <translation>Añadir a todos los importados a este grupo (repítalo para varios).</translation>
    </message>
    <message>
        <source>When a row matches a contact by number or e-mail: skip (default), update (fill empty fields) or overwrite.</source>
        <translation>Cuando una fila coincide con un contacto por número o correo: skip (por defecto), update (rellenar campos vacíos) u overwrite.</translation>
    </message>
    <message>
        <source>Consent to record for the groups: opted-in, opted-out, pending or unknown (default).</source>
        <translation>Consentimiento que se registra para los grupos: opted-in, opted-out, pending o unknown (por defecto).</translation>
    </message>
    <message>
        <source>Where that consent came from, e.g. &quot;paper sign-up sheet, March 2026&quot;.</source>
        <translation>Origen de ese consentimiento, p. ej. &quot;hoja de registro en papel, marzo de 2026&quot;.</translation>
    </message>
    <message>
        <source>Use a column mapping saved with --save-mapping.</source>
        <translation>Usar una asignación de columnas guardada con --save-mapping.</translation>
    </message>
    <message>
        <source>Save the column mapping used to this file.</source>
        <translation>Guardar la asignación de columnas usada en este archivo.</translation>
    </message>
    <message>
        <source>The file&apos;s encoding (default: detected).</source>
        <translation>Codificación del archivo (por defecto: detectada).</translation>
    </message>
    <message>
        <source>comma, semicolon, tab or pipe (default: detected).</source>
        <translation>comma, semicolon, tab o pipe (por defecto: detectado).</translation>
    </message>
    <message>
        <source>The first row is data, not column names.</source>
        <translation>La primera fila son datos, no nombres de columna.</translation>
    </message>
    <message>
        <source>Drop columns that map to no field instead of keeping them as custom fields.</source>
        <translation>Descartar las columnas que no corresponden a ningún campo en lugar de guardarlas como campos personalizados.</translation>
    </message>
    <message>
        <source>Write the rows not imported, with a reason, to this CSV.</source>
        <translation>Escribir las filas no importadas, con el motivo, en este CSV.</translation>
    </message>
    <message>
        <source>Show what would happen; change nothing.</source>
        <translation>Mostrar lo que pasaría; no cambiar nada.</translation>
    </message>
    <message>
        <source>Report progress on standard error.</source>
        <translation>Informar del progreso en la salida de error estándar.</translation>
    </message>
    <message>
        <source>--on-duplicate must be skip, update or overwrite, not &quot;%1&quot;.</source>
        <translation>--on-duplicate debe ser skip, update u overwrite, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--consent opted-in needs --consent-source saying where the consent came from.</source>
        <translation>--consent opted-in requiere --consent-source indicando de dónde vino el consentimiento.</translation>
    </message>
    <message>
        <source>--delimiter must be comma, semicolon, tab or pipe.</source>
        <translation>--delimiter debe ser comma, semicolon, tab o pipe.</translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: %2</source>
        <translation>No se puede leer la asignación %1: %2</translation>
    </message>
    <message>
        <source>groups: %1</source>
        <translation>grupos: %1</translation>
    </message>
    <message>
        <source>(opted out)</source>
        <translation>(dado de baja)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>Cannot save the mapping to %1: %2</source>
        <translation>No se puede guardar la asignación en %1: %2</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulación: no se cambió nada.</translation>
    </message>
    <message>
        <source>Imported. To undo: iqm contacts import-rollback %1</source>
        <translation>Importado. Para deshacerlo: iqm contacts import-rollback %1</translation>
    </message>
    <message>
        <source>Undo an import as a whole.</source>
        <translation>Deshacer una importación completa.</translation>
    </message>
    <message>
        <source>The id the import printed.</source>
        <translation>El ID que mostró la importación.</translation>
    </message>
    <message>
        <source>Rolled back the import of %1: %2 contacts removed, %3 restored, %4 group memberships removed, %5 groups removed.</source>
        <translation>Se deshizo la importación de %1: %2 contactos eliminados, %3 restaurados, %4 membresías de grupo eliminadas, %5 grupos eliminados.</translation>
    </message>
    <message>
        <source>List past imports.</source>
        <translation>Listar las importaciones anteriores.</translation>
    </message>
    <message>
        <source>%1 new, %2 updated</source>
        <translation>%1 nuevos, %2 actualizados</translation>
    </message>
    <message>
        <source>(rolled back)</source>
        <translation>(deshecha)</translation>
    </message>
    <message>
        <source>Export contacts to CSV (the layout import reads back) or vCard 4.0.</source>
        <translation>Exportar contactos a CSV (con el formato que la importación vuelve a leer) o vCard 4.0.</translation>
    </message>
    <message>
        <source>Where to write; - for standard output.</source>
        <translation>Dónde escribir; - para la salida estándar.</translation>
    </message>
    <message>
        <source>csv (default) or vcard.</source>
        <translation>csv (por defecto) o vcard.</translation>
    </message>
    <message>
        <source>Only the members of this group.</source>
        <translation>Solo los miembros de este grupo.</translation>
    </message>
    <message>
        <source>Only contacts whose name, number or e-mail contains this.</source>
        <translation>Solo los contactos cuyo nombre, número o correo contiene esto.</translation>
    </message>
    <message>
        <source>Write cells exactly, without the apostrophe that stops spreadsheets running cells starting with = + - @ as formulas.</source>
        <translation>Escribir las celdas tal cual, sin el apóstrofo que impide que las hojas de cálculo ejecuten como fórmulas las celdas que empiezan por = + - @.</translation>
    </message>
    <message>
        <source>--format must be csv or vcard, not &quot;%1&quot;.</source>
        <translation>--format debe ser csv o vcard, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>No se puede escribir en la salida estándar.</translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2</source>
        <translation>%1 contactos exportados a %2</translation>
    </message>
    <message>
        <source>Import contacts from CSV or vCard (--dry-run: the plan)</source>
        <translation>Importar contactos desde CSV o vCard (--dry-run: el plan)</translation>
    </message>
    <message>
        <source>Undo an import</source>
        <translation>Deshacer una importación</translation>
    </message>
    <message>
        <source>List past imports</source>
        <translation>Listar las importaciones anteriores</translation>
    </message>
    <message>
        <source>Export contacts to CSV or vCard</source>
        <translation>Exportar contactos a CSV o vCard</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) the server cannot take stay on this computer.</source>
        <translation>
            <numerusform>%n cambio que el servidor no puede aceptar se queda en este equipo.</numerusform>
            <numerusform>%n cambios que el servidor no puede aceptar se quedan en este equipo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The renewed sign-in could not be saved in the keychain: %1 Sign in again with &apos;iqm account login&apos;.</source>
        <translation>El inicio de sesión renovado no se pudo guardar en el llavero: %1 Vuelva a iniciar sesión con &apos;iqm account login&apos;.</translation>
    </message>
    <message>
        <source>deleted on another device, edited here</source>
        <translation>eliminado en otro dispositivo, editado aquí</translation>
    </message>
    <message>
        <source>deleted here, edited on another device</source>
        <translation>eliminado aquí, editado en otro dispositivo</translation>
    </message>
    <message>
        <source>%1: this computer had %2, the server kept %3</source>
        <translation>%1: este equipo tenía %2, el servidor conservó %3</translation>
    </message>
    <message>
        <source>List the conflicts syncs kept for review, oldest first.</source>
        <translation>Listar los conflictos que las sincronizaciones guardaron para revisar, los más antiguos primero.</translation>
    </message>
    <message>
        <source>Close a conflict: keep the server&apos;s value, or put this computer&apos;s back (it goes out with the next sync).</source>
        <translation>Cerrar un conflicto: conservar el valor del servidor o restaurar el de este equipo (se envía con la próxima sincronización).</translation>
    </message>
    <message>
        <source>The conflict&apos;s number, as &apos;iqm sync conflicts&apos; shows it.</source>
        <translation>El número del conflicto, tal como lo muestra &apos;iqm sync conflicts&apos;.</translation>
    </message>
    <message>
        <source>server or local.</source>
        <translation>server o local.</translation>
    </message>
    <message>
        <source>--keep must be server or local, not &quot;%1&quot;.</source>
        <translation>--keep debe ser server o local, no «%1».</translation>
    </message>
    <message>
        <source>Say which value stays with --keep server or --keep local.</source>
        <translation>Indique qué valor se queda con --keep server o --keep local.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conflict number; &apos;iqm sync conflicts&apos; lists them.</source>
        <translation>«%1» no es un número de conflicto; &apos;iqm sync conflicts&apos; los lista.</translation>
    </message>
    <message>
        <source>Conflict %1: this computer&apos;s value is back and goes out with the next sync.</source>
        <translation>Conflicto %1: el valor de este equipo se ha restaurado y se envía con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Conflict %1: the server&apos;s value stays.</source>
        <translation>Conflicto %1: se queda el valor del servidor.</translation>
    </message>
    <message>
        <source>List the conflicts syncs kept for review</source>
        <translation>Listar los conflictos de sincronización por revisar</translation>
    </message>
    <message>
        <source>Keep the server&apos;s or this computer&apos;s value of a conflict</source>
        <translation>Conservar el valor del servidor o de este equipo en un conflicto</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>No se puede leer &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>The name the library shows.</source>
        <translation>El nombre que muestra la biblioteca.</translation>
    </message>
    <message>
        <source>sms, email, voice or snippet.</source>
        <translation>sms, email, voice o snippet.</translation>
    </message>
    <message>
        <source>The e-mail&apos;s subject.</source>
        <translation>El asunto del correo.</translation>
    </message>
    <message>
        <source>The text: SMS, plain e-mail, voice script or snippet.</source>
        <translation>El texto: SMS, correo en texto plano, guion de voz o fragmento.</translation>
    </message>
    <message>
        <source>Read the text from FILE (UTF-8; - for standard input).</source>
        <translation>Leer el texto de FILE (UTF-8; - para la entrada estándar).</translation>
    </message>
    <message>
        <source>The e-mail&apos;s HTML body.</source>
        <translation>El cuerpo HTML del correo.</translation>
    </message>
    <message>
        <source>Read the HTML body from FILE (UTF-8; - for standard input).</source>
        <translation>Leer el cuerpo HTML de FILE (UTF-8; - para la entrada estándar).</translation>
    </message>
    <message>
        <source>A tag; repeat for several. Replaces the tags it had.</source>
        <translation>Una etiqueta; repítala para varias. Sustituye las etiquetas que tenía.</translation>
    </message>
    <message>
        <source>Print the saved item as JSON.</source>
        <translation>Mostrar el elemento guardado como JSON.</translation>
    </message>
    <message>
        <source>Give either --%1 or --%2, not both.</source>
        <translation>Indique --%1 o --%2, no ambos.</translation>
    </message>
    <message>
        <source>--kind must be one of %1, not &quot;%2&quot;.</source>
        <translation>--kind debe ser uno de %1, no «%2».</translation>
    </message>
    <message>
        <source>List the content library: saved messages and snippets.</source>
        <translation>Listar la biblioteca de contenidos: mensajes y fragmentos guardados.</translation>
    </message>
    <message>
        <source>Only this kind: sms, email, voice or snippet.</source>
        <translation>Solo este tipo: sms, email, voice o snippet.</translation>
    </message>
    <message>
        <source>Only items with this tag.</source>
        <translation>Solo los elementos con esta etiqueta.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nombre: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>Recording: %1</source>
        <translation>Grabación: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Modificado: %1</translation>
    </message>
    <message>
        <source>Print one saved item.</source>
        <translation>Mostrar un elemento guardado.</translation>
    </message>
    <message>
        <source>The item&apos;s id.</source>
        <translation>El id del elemento.</translation>
    </message>
    <message>
        <source>Print it as JSON.</source>
        <translation>Mostrarlo como JSON.</translation>
    </message>
    <message>
        <source>Save a message or a snippet to the content library.</source>
        <translation>Guardar un mensaje o un fragmento en la biblioteca de contenidos.</translation>
    </message>
    <message>
        <source>iqm content add: give the item a name with --name.</source>
        <translation>iqm content add: dé un nombre al elemento con --name.</translation>
    </message>
    <message>
        <source>Change a saved item; what is not given stays as it is.</source>
        <translation>Cambiar un elemento guardado; lo que no se indique queda como está.</translation>
    </message>
    <message>
        <source>Remove every tag.</source>
        <translation>Quitar todas las etiquetas.</translation>
    </message>
    <message>
        <source>iqm content edit: nothing to change; see --help for the options.</source>
        <translation>iqm content edit: nada que cambiar; --help muestra las opciones.</translation>
    </message>
    <message>
        <source>Give either --tag or --no-tags, not both.</source>
        <translation>Indique --tag o --no-tags, no ambos.</translation>
    </message>
    <message>
        <source>Saved %1 (%2)</source>
        <translation>%1 guardado (%2)</translation>
    </message>
    <message>
        <source>Copy a saved item under a new name, &quot;NAME (copy)&quot;.</source>
        <translation>Copiar un elemento guardado con un nombre nuevo, «NOMBRE (copia)».</translation>
    </message>
    <message>
        <source>Print the copy as JSON.</source>
        <translation>Mostrar la copia como JSON.</translation>
    </message>
    <message>
        <source>Delete a saved item (a tombstone stays until the deletion has synced).</source>
        <translation>Eliminar un elemento guardado (queda una marca de borrado hasta que la eliminación se sincronice).</translation>
    </message>
    <message>
        <source>Deleted %1 (%2)</source>
        <translation>%1 eliminado (%2)</translation>
    </message>
    <message>
        <source>List saved messages and snippets</source>
        <translation>Listar mensajes y fragmentos guardados</translation>
    </message>
    <message>
        <source>Print one saved item</source>
        <translation>Mostrar un elemento guardado</translation>
    </message>
    <message>
        <source>Save a message or snippet</source>
        <translation>Guardar un mensaje o fragmento</translation>
    </message>
    <message>
        <source>Change a saved item</source>
        <translation>Cambiar un elemento guardado</translation>
    </message>
    <message>
        <source>Copy a saved item</source>
        <translation>Copiar un elemento guardado</translation>
    </message>
    <message>
        <source>--language needs a language code, e.g. de or fr.</source>
        <translation>--language necesita un código de idioma, p. ej. de o fr.</translation>
    </message>
    <message>
        <source>--custom-field takes KEY=VALUE (KEY= removes the field), not &quot;%1&quot;.</source>
        <translation>--custom-field espera CLAVE=VALOR (CLAVE= elimina el campo), no «%1».</translation>
    </message>
    <message>
        <source>iqm contacts edit: nothing to change; give at least one field.</source>
        <translation>iqm contacts edit: nada que cambiar; indique al menos un campo.</translation>
    </message>
    <message>
        <source>New given name (empty clears it).</source>
        <translation>Nuevo nombre (vacío lo borra).</translation>
    </message>
    <message>
        <source>New middle name.</source>
        <translation>Nuevo segundo nombre.</translation>
    </message>
    <message>
        <source>New family name.</source>
        <translation>Nuevo apellido.</translation>
    </message>
    <message>
        <source>The name lists show, instead of the names.</source>
        <translation>El nombre que muestran las listas en lugar de los nombres.</translation>
    </message>
    <message>
        <source>The notes, replacing the old ones.</source>
        <translation>Las notas, que sustituyen a las anteriores.</translation>
    </message>
    <message>
        <source>Preferred language as a tag such as de or pt-BR.</source>
        <translation>Idioma preferido como etiqueta, p. ej. de o pt-BR.</translation>
    </message>
    <message>
        <source>Time zone such as Europe/Berlin.</source>
        <translation>Zona horaria como Europe/Berlin.</translation>
    </message>
    <message>
        <source>A phone number; repeat for several. Replaces every number (&quot;&quot; removes them all).</source>
        <translation>Un número de teléfono; repítalo para varios. Sustituye todos los números (&quot;&quot; los elimina todos).</translation>
    </message>
    <message>
        <source>An e-mail address; repeat for several. Replaces every address.</source>
        <translation>Una dirección de correo; repítala para varias. Sustituye todas las direcciones.</translation>
    </message>
    <message>
        <source>Set a custom field (repeat for several); KEY= removes it.</source>
        <translation>Establece un campo personalizado (repítalo para varios); CLAVE= lo elimina.</translation>
    </message>
    <message>
        <source>Keep a number that is not valid as typed (it will not be messaged) instead of refusing the edit.</source>
        <translation>Conservar tal cual un número no válido (no recibirá mensajes) en lugar de rechazar el cambio.</translation>
    </message>
    <message>
        <source>Print the edited contact as JSON.</source>
        <translation>Mostrar el contacto modificado como JSON.</translation>
    </message>
    <message>
        <source>Change a contact&apos;s fields; the fields not given stay as they are.</source>
        <translation>Cambia campos de un contacto; los campos no indicados se quedan como están.</translation>
    </message>
    <message>
        <source>Updated %1 (%2)</source>
        <translation>%1 (%2) actualizado</translation>
    </message>
    <message>
        <source>Change a contact&apos;s fields</source>
        <translation>Cambiar campos de un contacto</translation>
    </message>
    <message>
        <source>List pairs of contacts that share a phone number or an e-mail address, the most recently changed first.</source>
        <translation>Enumera los pares de contactos que comparten un número o una dirección de correo, los modificados más recientemente primero.</translation>
    </message>
    <message>
        <source>At most this many pairs (default 5000).</source>
        <translation>Como máximo este número de pares (5000 por omisión).</translation>
    </message>
    <message>
        <source>--limit must be a positive number, not &quot;%1&quot;.</source>
        <translation>--limit debe ser un número positivo, no «%1».</translation>
    </message>
    <message>
        <source>Merge two contacts into one: numbers, e-mails, custom fields, groups and consent history of both; where they disagree on consent the stricter wins. The kept contact&apos;s fields win where it has them. Cannot be undone.</source>
        <translation>Combina dos contactos: números, correos, campos personalizados, grupos e historial de consentimiento de ambos; si discrepan en el consentimiento, gana el más estricto. Los campos del contacto conservado ganan donde los tiene. No se puede deshacer.</translation>
    </message>
    <message>
        <source>One contact&apos;s id.</source>
        <translation>El id de un contacto.</translation>
    </message>
    <message>
        <source>The other contact&apos;s id.</source>
        <translation>El id del otro contacto.</translation>
    </message>
    <message>
        <source>The id of the contact that stays (A or B; default A). The other is deleted.</source>
        <translation>El id del contacto que se conserva (A o B; A por omisión). El otro se elimina.</translation>
    </message>
    <message>
        <source>Print the merged contact as JSON.</source>
        <translation>Mostrar el contacto combinado como JSON.</translation>
    </message>
    <message>
        <source>--keep must be %1 or %2, not &quot;%3&quot;.</source>
        <translation>--keep debe ser %1 o %2, no «%3».</translation>
    </message>
    <message numerus="yes">
        <source>Merged %1 into %2 (%3): %n group(s) joined</source>
        <translation>
            <numerusform>%1 combinado en %2 (%3): %n grupo añadido</numerusform>
            <numerusform>%1 combinado en %2 (%3): %n grupos añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent change(s) recorded.</source>
        <translation>
            <numerusform>%n cambio de consentimiento registrado.</numerusform>
            <numerusform>%n cambios de consentimiento registrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show every consent change recorded for a contact, oldest first.</source>
        <translation>Muestra cada cambio de consentimiento registrado para un contacto, el más antiguo primero.</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>grupo %1</translation>
    </message>
    <message>
        <source>--state must be opted-in, opted-out, pending or unknown, not &quot;%1&quot;.</source>
        <translation>--state debe ser opted-in, opted-out, pending o unknown, no «%1».</translation>
    </message>
    <message>
        <source>--method must be manual, paper, web-form or keyword, not &quot;%1&quot;.</source>
        <translation>--method debe ser manual, paper, web-form o keyword, no «%1».</translation>
    </message>
    <message>
        <source>Record a contact&apos;s consent for a whole channel or for one group, with where and how it was given.</source>
        <translation>Registra el consentimiento de un contacto para un canal entero o un grupo, con dónde y cómo se dio.</translation>
    </message>
    <message>
        <source>sms, email or voice.</source>
        <translation>sms, email o voice.</translation>
    </message>
    <message>
        <source>A group (name or id) instead of a channel.</source>
        <translation>Un grupo (nombre o id) en lugar de un canal.</translation>
    </message>
    <message>
        <source>opted-in, opted-out, pending or unknown (required).</source>
        <translation>opted-in, opted-out, pending o unknown (obligatorio).</translation>
    </message>
    <message>
        <source>manual (default), paper, web-form or keyword.</source>
        <translation>manual (por omisión), paper, web-form o keyword.</translation>
    </message>
    <message>
        <source>Where and how the person agreed or refused (required).</source>
        <translation>Dónde y cómo la persona aceptó o rechazó (obligatorio).</translation>
    </message>
    <message>
        <source>Give either --channel or --group.</source>
        <translation>Indique --channel o --group.</translation>
    </message>
    <message>
        <source>--channel must be sms, email or voice, not &quot;%1&quot;.</source>
        <translation>--channel debe ser sms, email o voice, no «%1».</translation>
    </message>
    <message>
        <source>Recorded %1 for %2</source>
        <translation>%1 registrado para %2</translation>
    </message>
    <message>
        <source>List likely duplicate contacts</source>
        <translation>Listar posibles contactos duplicados</translation>
    </message>
    <message>
        <source>Merge two contacts into one</source>
        <translation>Combinar dos contactos</translation>
    </message>
    <message>
        <source>Record consent for a channel or a group</source>
        <translation>Registrar el consentimiento para un canal o un grupo</translation>
    </message>
    <message>
        <source>Show a contact&apos;s consent history</source>
        <translation>Mostrar el historial de consentimiento de un contacto</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) waiting for a connection sent.</source>
        <translation>
            <numerusform>%n campaña en espera enviada.</numerusform>
            <numerusform>%n campañas en espera enviadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for a connection</source>
        <translation>esperando una conexión</translation>
    </message>
    <message>
        <source>Make a campaign draft: its audience, channel, kind and text.</source>
        <translation>Crear un borrador de campaña: destinatarios, canal, tipo y texto.</translation>
    </message>
    <message>
        <source>The campaign&apos;s name.</source>
        <translation>El nombre de la campaña.</translation>
    </message>
    <message>
        <source>A group to send to, by name or id; repeat for several.</source>
        <translation>Un grupo destinatario, por nombre o id; repetir para varios.</translation>
    </message>
    <message>
        <source>Leave out the members of this group; repeat for several.</source>
        <translation>Excluir a los miembros de este grupo; repetir para varios.</translation>
    </message>
    <message>
        <source>A single contact to send to, by id; repeat for several.</source>
        <translation>Un contacto destinatario, por id; repetir para varios.</translation>
    </message>
    <message>
        <source>marketing (the default) or transactional.</source>
        <translation>marketing (predeterminado) o transactional.</translation>
    </message>
    <message>
        <source>The message, with fields such as {{first_name}}.</source>
        <translation>El mensaje, con campos como {{first_name}}.</translation>
    </message>
    <message>
        <source>A saved message of the content library, by id.</source>
        <translation>Un mensaje guardado de la biblioteca de contenidos, por id.</translation>
    </message>
    <message>
        <source>When to send (ISO 8601); without it, when sent.</source>
        <translation>Cuándo enviar (ISO 8601); sin ella, al enviar.</translation>
    </message>
    <message>
        <source>The time zone of --at, e.g. Europe/Berlin.</source>
        <translation>La zona horaria de --at, p. ej. Europe/Berlin.</translation>
    </message>
    <message>
        <source>Print the campaign as JSON.</source>
        <translation>Mostrar la campaña como JSON.</translation>
    </message>
    <message>
        <source>--channel must be sms, email or voice.</source>
        <translation>--channel debe ser sms, email o voice.</translation>
    </message>
    <message>
        <source>--kind must be marketing or transactional.</source>
        <translation>--kind debe ser marketing o transactional.</translation>
    </message>
    <message>
        <source>Give either --text or --template.</source>
        <translation>Indique --text o --template.</translation>
    </message>
    <message>
        <source>Give at least one --group or --contact.</source>
        <translation>Indique al menos un --group o un --contact.</translation>
    </message>
    <message>
        <source>--time-zone goes with --at.</source>
        <translation>--time-zone va con --at.</translation>
    </message>
    <message>
        <source>Created campaign %1 (%2), a draft; &apos;iqm campaign preflight %2&apos; shows who gets it.</source>
        <translation>Campaña %1 (%2) creada como borrador; «iqm campaign preflight %2» muestra quién la recibe.</translation>
    </message>
    <message>
        <source>Show who will get the campaign&apos;s message, who will not and why, and what it costs.</source>
        <translation>Mostrar quién recibirá el mensaje de la campaña, quién no y por qué, y cuánto cuesta.</translation>
    </message>
    <message>
        <source>The campaign&apos;s id.</source>
        <translation>El id de la campaña.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Mostrar el informe como JSON.</translation>
    </message>
    <message>
        <source>%1 recipient(s), %2 of them held for quiet hours; %3 excluded.</source>
        <translation>%1 destinatario(s), %2 de ellos retenidos por horas de silencio; %3 excluidos.</translation>
    </message>
    <message>
        <source>%1 segment(s), about %2 %3.</source>
        <translation>%1 segmento(s), unos %2 %3.</translation>
    </message>
    <message>
        <source>held until %1</source>
        <translation>retenido hasta %1</translation>
    </message>
    <message>
        <source>Send the campaign now, or at its time. Without a connection it waits and goes out with the next sync or send.</source>
        <translation>Enviar la campaña ahora o a su hora. Sin conexión espera y sale con la próxima sincronización o el próximo envío.</translation>
    </message>
    <message>
        <source>Campaign %1 is waiting for a connection: %2 It goes out with the next &apos;iqm sync&apos; or &apos;iqm campaign send&apos;.</source>
        <translation>La campaña %1 espera una conexión: %2 Sale con el próximo «iqm sync» o «iqm campaign send».</translation>
    </message>
    <message>
        <source>Campaign %1 is %2.</source>
        <translation>Campaña %1: %2.</translation>
    </message>
    <message>
        <source>Pause a running or scheduled campaign.</source>
        <translation>Pausar una campaña en curso o programada.</translation>
    </message>
    <message>
        <source>Resume a paused campaign.</source>
        <translation>Reanudar una campaña en pausa.</translation>
    </message>
    <message>
        <source>Cancel a campaign; sent messages stay sent, the others are skipped.</source>
        <translation>Cancelar una campaña; los mensajes enviados siguen enviados, los demás se omiten.</translation>
    </message>
    <message>
        <source>List the campaigns, newest first, with their state and counts.</source>
        <translation>Listar las campañas, las más recientes primero, con su estado y cifras.</translation>
    </message>
    <message>
        <source>No campaigns yet. Make one with &apos;iqm campaign create&apos;.</source>
        <translation>Aún no hay campañas. Cree una con «iqm campaign create».</translation>
    </message>
    <message>
        <source>%1 recipient(s), %2 delivered</source>
        <translation>%1 destinatario(s), %2 entregados</translation>
    </message>
    <message>
        <source>Show a campaign&apos;s state and each recipient&apos;s message, from the server when it can be reached, else as of the last sync.</source>
        <translation>Mostrar el estado de una campaña y el mensaje de cada destinatario, desde el servidor si está disponible, si no según la última sincronización.</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1); this is the state of the last sync.</source>
        <translation>El servidor no está disponible (%1); este es el estado de la última sincronización.</translation>
    </message>
    <message>
        <source>Make a campaign draft</source>
        <translation>Crear un borrador de campaña</translation>
    </message>
    <message>
        <source>Who gets a campaign, who does not and why</source>
        <translation>Quién recibe una campaña, quién no y por qué</translation>
    </message>
    <message>
        <source>Send a campaign (queued while offline)</source>
        <translation>Enviar una campaña (en cola sin conexión)</translation>
    </message>
    <message>
        <source>Pause a running campaign</source>
        <translation>Pausar una campaña en curso</translation>
    </message>
    <message>
        <source>Resume a paused campaign</source>
        <translation>Reanudar una campaña en pausa</translation>
    </message>
    <message>
        <source>Cancel a campaign</source>
        <translation>Cancelar una campaña</translation>
    </message>
    <message>
        <source>List campaigns</source>
        <translation>Listar campañas</translation>
    </message>
    <message>
        <source>A campaign&apos;s state and messages</source>
        <translation>Estado y mensajes de una campaña</translation>
    </message>
    <message>
        <source>Delete a saved item</source>
        <translation>Eliminar un elemento guardado</translation>
    </message>
    <message>
        <source>Messages: %1</source>
        <translation>Mensajes: %1</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Undeliverable</source>
        <translation>Imposibles de entregar</translation>
    </message>
    <message>
        <source>Still pending</source>
        <translation>Aún pendientes</translation>
    </message>
    <message>
        <source>Opted out since</source>
        <translation>Dados de baja desde entonces</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Respondieron</translation>
    </message>
    <message>
        <source>Failures by reason:</source>
        <translation>Fallos por motivo:</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(sin código)</translation>
    </message>
    <message>
        <source>What a campaign achieved, as of the last sync: delivered, failed, undeliverable and pending messages, opt-outs and replies since, failures by reason and deliveries over time.</source>
        <translation>Lo que logró una campaña, según la última sincronización: mensajes entregados, fallidos, imposibles de entregar y pendientes, bajas y respuestas desde entonces, fallos por motivo y entregas a lo largo del tiempo.</translation>
    </message>
    <message>
        <source>What a campaign achieved, with failures by reason</source>
        <translation>Lo que logró una campaña, con los fallos por motivo</translation>
    </message>
    <message>
        <source>Only this campaign&apos;s, by id.</source>
        <translation>Solo los de esta campaña, por ID.</translation>
    </message>
    <message>
        <source>Only calls with this outcome (answered, voicemail, no_answer, busy) or type (inbound, outbound, campaign...); several separated by commas.</source>
        <translation>Solo las llamadas con este resultado (answered, voicemail, no_answer, busy) o tipo (inbound, outbound, campaign...); varios separados por comas.</translation>
    </message>
    <message>
        <source>Only messages in this status (queued, held, sent, delivered, failed, undeliverable, skipped); several separated by commas.</source>
        <translation>Solo los mensajes en este estado (queued, held, sent, delivered, failed, undeliverable, skipped); varios separados por comas.</translation>
    </message>
    <message>
        <source>Only sms, email or voice.</source>
        <translation>Solo sms, email o voice.</translation>
    </message>
    <message>
        <source>Only this contact&apos;s, by id.</source>
        <translation>Solo los de este contacto, por ID.</translation>
    </message>
    <message>
        <source>From this date or time on (2026-03-01, 2026-03-01T09:30).</source>
        <translation>Desde esta fecha u hora (2026-03-01, 2026-03-01T09:30).</translation>
    </message>
    <message>
        <source>Up to this date (the whole day) or time.</source>
        <translation>Hasta esta fecha (el día entero) u hora.</translation>
    </message>
    <message>
        <source>Only those whose recipient&apos;s name, number or address, or text, contains this.</source>
        <translation>Solo aquellos cuyo nombre, número o dirección del destinatario, o cuyo texto, contiene esto.</translation>
    </message>
    <message>
        <source>Print CSV (safe to open in a spreadsheet).</source>
        <translation>Mostrar CSV (seguro para abrir en una hoja de cálculo).</translation>
    </message>
    <message>
        <source>--%1 takes a date (2026-03-01) or a time (2026-03-01T09:30), not &quot;%2&quot;.</source>
        <translation>--%1 espera una fecha (2026-03-01) o una hora (2026-03-01T09:30), no «%2».</translation>
    </message>
    <message>
        <source>Choose one of --json and --csv.</source>
        <translation>Elija --json o --csv, no ambos.</translation>
    </message>
    <message>
        <source>List the messages sent, newest first, with their status, error and status history, as of the last sync.</source>
        <translation>Listar los mensajes enviados, los más recientes primero, con su estado, error e historial de estados, según la última sincronización.</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>No hay mensajes.</translation>
    </message>
    <message>
        <source>List the calls, newest first, as of the last sync.</source>
        <translation>Listar las llamadas, las más recientes primero, según la última sincronización.</translation>
    </message>
    <message>
        <source>No calls.</source>
        <translation>No hay llamadas.</translation>
    </message>
    <message>
        <source>Show everything between the business and a contact, newest first: messages with their status, calls, replies, consent changes, imports and merges, as of the last sync.</source>
        <translation>Mostrar todo lo ocurrido entre la empresa y un contacto, lo más reciente primero: mensajes con su estado, llamadas, respuestas, cambios de consentimiento, importaciones y combinaciones, según la última sincronización.</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Aún no hay nada.</translation>
    </message>
    <message>
        <source>The messages sent, with status and errors</source>
        <translation>Los mensajes enviados, con estado y errores</translation>
    </message>
    <message>
        <source>The calls made and received</source>
        <translation>Las llamadas hechas y recibidas</translation>
    </message>
    <message>
        <source>Everything between the business and a contact</source>
        <translation>Todo lo ocurrido entre la empresa y un contacto</translation>
    </message>
    <message>
        <source>Only messages that failed with this error code (30003...); several separated by commas.</source>
        <translation>Solo los mensajes que fallaron con este código de error (30003...); varios separados por comas.</translation>
    </message>
</context>
<context>
    <name>iq::tmpl::Template</name>
    <message>
        <source>The tag &quot;%1&quot; is never closed; end it with &quot;%2&quot;.</source>
        <translation>La etiqueta &quot;%1&quot; nunca se cierra; termínela con &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not set delimiters: write two markers separated by a space, like {{=&lt;% %&gt;=}}.</source>
        <translation>&quot;%1&quot; no define delimitadores: escriba dos marcas separadas por un espacio, como {{=&lt;% %&gt;=}}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a fallback after &quot;|&quot; only works in a field tag such as {{first_name|there}}.</source>
        <translation>&quot;%1&quot;: un valor alternativo tras &quot;|&quot; solo funciona en una etiqueta de campo como {{first_name|there}}.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; has no name in it.</source>
        <translation>La etiqueta &quot;%1&quot; no contiene ningún nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid field name: dots separate the parts of a name.</source>
        <translation>&quot;%1&quot; no es un nombre de campo válido: los puntos separan las partes de un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; closes a section that was never opened.</source>
        <translation>&quot;%1&quot; cierra una sección que nunca se abrió.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the section &quot;%2&quot; opened at line %3, column %4; close that one first.</source>
        <translation>&quot;%1&quot; no coincide con la sección &quot;%2&quot; abierta en la línea %3, columna %4; ciérrela primero.</translation>
    </message>
    <message>
        <source>Sections are nested more than %1 deep.</source>
        <translation>Las secciones están anidadas en más de %1 niveles.</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; is never closed; end it with &quot;%2/%1%3&quot;.</source>
        <translation>La sección &quot;%1&quot; nunca se cierra; termínela con &quot;%2/%1%3&quot;.</translation>
    </message>
    <message>
        <source>The rendering is longer than %1 characters; stopped there.</source>
        <translation>El texto generado supera los %1 caracteres; se detuvo ahí.</translation>
    </message>
    <message>
        <source>The snippet &quot;%1&quot; cannot be used: %2</source>
        <translation>No se puede usar el fragmento &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Snippets include each other more than %1 deep; stopped there.</source>
        <translation>Los fragmentos se incluyen unos a otros en más de %1 niveles; se detuvo ahí.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>There is no snippet called &quot;%1&quot;.</source>
        <translation>No hay ningún fragmento llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field: no recipient has it, so it prints nothing.</source>
        <translation>&quot;%1&quot; no es un campo: ningún destinatario lo tiene, así que no se muestra nada.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>IQ Messaging desktop client</source>
        <translation>Cliente de escritorio de IQ Messaging</translation>
    </message>
    <message>
        <source>Use the profile in &lt;dir&gt;.</source>
        <translation>Usar el perfil de &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Show the interface in &lt;code&gt; (e.g. de, fr).</source>
        <translation>Mostrar la interfaz en &lt;code&gt; (p. ej. de, fr).</translation>
    </message>
    <message>
        <source>IQ Messaging</source>
        <translation>IQ Messaging</translation>
    </message>
    <message>
        <source>Cannot open the profile</source>
        <translation>No se puede abrir el perfil</translation>
    </message>
</context>
</TS>
