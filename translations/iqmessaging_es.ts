<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountService</name>
    <message>
        <source>An account with this e-mail address already exists; sign in instead.</source>
        <translation>Ya existe una cuenta con esta dirección de correo; inicie sesión.</translation>
    </message>
    <message>
        <source>Sign in first: the request has no &quot;Authorization: Bearer&quot; token.</source>
        <translation>Inicie sesión primero: la solicitud no lleva un token &quot;Authorization: Bearer&quot;.</translation>
    </message>
    <message>
        <source>The access token is not valid; sign in again.</source>
        <translation>El token de acceso no es válido; vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>La cuenta ya no existe.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The access token has expired; refresh it and try again.</source>
        <translation>El token de acceso ha caducado; renuévelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Too many requests; try again in %1 seconds.</source>
        <translation>Demasiadas solicitudes; inténtelo de nuevo en %1 segundos.</translation>
    </message>
    <message>
        <source>There is no such endpoint.</source>
        <translation>Ese punto de acceso no existe.</translation>
    </message>
    <message>
        <source>The server&apos;s database is busy or unreachable; try again shortly.</source>
        <translation>La base de datos del servidor está ocupada o no responde; inténtelo de nuevo en breve.</translation>
    </message>
    <message>
        <source>The server failed to handle the request.</source>
        <translation>El servidor no pudo procesar la solicitud.</translation>
    </message>
</context>
<context>
    <name>ApiServer</name>
    <message>
        <source>The request body is larger than %1 KiB, the limit of this endpoint.</source>
        <translation>El cuerpo de la solicitud supera %1 KiB, el límite de este punto de acceso.</translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate %1: %2</source>
        <translation>No se puede leer el certificado TLS %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the TLS key %1: %2</source>
        <translation>No se puede leer la clave TLS %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PEM certificate.</source>
        <translation>%1 no es un certificado PEM.</translation>
    </message>
    <message>
        <source>%1 is not a PEM RSA or EC private key.</source>
        <translation>%1 no es una clave privada RSA o EC en formato PEM.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2 (in use, or not allowed).</source>
        <translation>No se puede escuchar en %1 puerto %2 (en uso o no permitido).</translation>
    </message>
</context>
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
        <source>Upgrading %1 to schema %2 failed: %3</source>
        <translation>La actualización de %1 al esquema %2 ha fallado: %3</translation>
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
</context>
<context>
    <name>ServerDatabase</name>
    <message>
        <source>--database sqlite: needs a file path.</source>
        <translation>--database sqlite: necesita una ruta de archivo.</translation>
    </message>
    <message>
        <source>--database &quot;%1&quot; is not of the form postgres://USER@HOST[:PORT]/DB.</source>
        <translation>--database &quot;%1&quot; no tiene la forma postgres://USER@HOST[:PORT]/DB.</translation>
    </message>
    <message>
        <source>--database must start with sqlite: or postgres:// (got &quot;%1&quot;).</source>
        <translation>--database debe empezar por sqlite: o postgres:// (se recibió &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>No se puede abrir la base de datos: %1</translation>
    </message>
    <message>
        <source>The database has schema version %1; this iqmsgd knows up to %2. Use a newer iqmsgd.</source>
        <translation>La base de datos tiene la versión de esquema %1; este iqmsgd conoce hasta la %2. Use un iqmsgd más reciente.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from the build.</source>
        <translation>Falta la migración %1 en esta versión.</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>Field &quot;changes&quot; must be an array of changes.</source>
        <translation>El campo &quot;changes&quot; debe ser una matriz de cambios.</translation>
    </message>
    <message>
        <source>Field &quot;changes&quot; must not be empty.</source>
        <translation>El campo &quot;changes&quot; no puede estar vacío.</translation>
    </message>
    <message>
        <source>A push may carry at most %1 changes; this one has %2. Split it.</source>
        <translation>Un envío puede llevar como máximo %1 cambios; este tiene %2. Divídalo.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>La cuenta ya no existe.</translation>
    </message>
    <message>
        <source>The server has no %1 &quot;%2&quot;; push it with baseVersion 0.</source>
        <translation>El servidor no tiene %1 &quot;%2&quot;; envíelo con baseVersion 0.</translation>
    </message>
    <message>
        <source>Query item &quot;limit&quot; must be a whole number from 1 to %1.</source>
        <translation>El parámetro &quot;limit&quot; debe ser un número entero de 1 a %1.</translation>
    </message>
    <message>
        <source>The server does not know this cursor; pull again from the start (empty cursor).</source>
        <translation>El servidor no conoce este cursor; vuelva a descargar desde el principio (cursor vacío).</translation>
    </message>
    <message>
        <source>This cursor is older than the changes the server keeps; pull again from the start.</source>
        <translation>Este cursor es más antiguo que los cambios que guarda el servidor; vuelva a descargar desde el principio.</translation>
    </message>
</context>
<context>
    <name>iq</name>
    <message>
        <source>&quot;%1&quot; is not a server address; use one like https://sync.example.com.</source>
        <translation>&quot;%1&quot; no es una dirección de servidor; use una como https://sync.example.com.</translation>
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
    <name>iq::ConsentLedger</name>
    <message>
        <source>A consent change names either a group or a channel.</source>
        <translation>Un cambio de consentimiento indica un grupo o un canal, no ambos.</translation>
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
        <translation>Apellidos</translation>
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
        <translation>Empresa</translation>
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
    <name>iq::ContactRepository</name>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>No hay ningún contacto con el id %1.</translation>
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
        <source>No contacts yet. Add one with “iqm contacts add” or import a file; they appear here at once.</source>
        <translation>Aún no hay contactos. Añada uno con «iqm contacts add» o importe un archivo; aparecerán aquí al momento.</translation>
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
        <source>Profile</source>
        <translation>Perfil</translation>
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
</context>
<context>
    <name>iq::SyncEngine</name>
    <message>
        <source>The server answered for %1 %2 where %3 %4 was expected.</source>
        <translation>El servidor respondió para %1 %2 cuando se esperaba %3 %4.</translation>
    </message>
    <message>
        <source>The server refused %1 %2: %3</source>
        <translation>El servidor rechazó %1 %2: %3</translation>
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
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; no es un correo electrónico.</translation>
    </message>
    <message>
        <source>A contact needs a name, an organization, a phone number or an e-mail address.</source>
        <translation>Un contacto necesita un nombre, una empresa, un número de teléfono o un correo electrónico.</translation>
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
        <source>List the profile&apos;s contacts.</source>
        <translation>Mostrar los contactos del perfil.</translation>
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
</context>
<context>
    <name>iq::server</name>
    <message>
        <source>IQ Messaging reference server</source>
        <translation>Servidor de referencia de IQ Messaging</translation>
    </message>
    <message>
        <source>TCP port (default 8787).</source>
        <translation>Puerto TCP (por defecto 8787).</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Dirección de escucha (por defecto 127.0.0.1).</translation>
    </message>
    <message>
        <source>sqlite:PATH or postgres://USER@HOST/DB.</source>
        <translation>sqlite:PATH o postgres://USER@HOST/DB.</translation>
    </message>
    <message>
        <source>TLS certificate (PEM).</source>
        <translation>Certificado TLS (PEM).</translation>
    </message>
    <message>
        <source>TLS private key (PEM).</source>
        <translation>Clave privada TLS (PEM).</translation>
    </message>
    <message>
        <source>Create a demo account with sample data.</source>
        <translation>Crear una cuenta de demostración con datos de ejemplo.</translation>
    </message>
    <message>
        <source>Sign-up, sign-in and refresh attempts per client IP per minute (default 30).</source>
        <translation>Intentos de registro, inicio de sesión y renovación por IP de cliente y minuto (por defecto 30).</translation>
    </message>
    <message>
        <source>Authenticated requests per account per minute (default 1200).</source>
        <translation>Solicitudes autenticadas por cuenta y minuto (por defecto 1200).</translation>
    </message>
    <message>
        <source>Lifetime of access tokens in seconds (default 900).</source>
        <translation>Duración de los tokens de acceso en segundos (por defecto 900).</translation>
    </message>
    <message>
        <source>Purge tombstones older than this many days on start (default 90).</source>
        <translation>Purgar al arrancar las marcas de borrado con más de estos días (por defecto 90).</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port debe ser un número de 0 a 65535.</translation>
    </message>
    <message>
        <source>--address &quot;%1&quot; is not an IP address.</source>
        <translation>--address &quot;%1&quot; no es una dirección IP.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number (got &quot;%2&quot;).</source>
        <translation>--%1 debe ser un número entero (se recibió &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Plain HTTP is served only on loopback; give --tls-cert and --tls-key to listen on %1.</source>
        <translation>HTTP sin cifrar solo se sirve en loopback; indique --tls-cert y --tls-key para escuchar en %1.</translation>
    </message>
    <message>
        <source>Field &quot;email&quot; must be an e-mail address like name@example.com.</source>
        <translation>El campo &quot;email&quot; debe ser un correo electrónico como name@example.com.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation>El correo electrónico o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>The refresh token is not valid any more; sign in again.</source>
        <translation>El token de renovación ya no es válido; vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation>No se pudo inicializar libsodium.</translation>
    </message>
    <message>
        <source>Out of memory while hashing a password.</source>
        <translation>Memoria agotada al calcular el hash de una contraseña.</translation>
    </message>
    <message>
        <source>Database statement failed (%1): %2</source>
        <translation>Falló una instrucción de la base de datos (%1): %2</translation>
    </message>
    <message>
        <source>A membership&apos;s id must be &quot;groupId:contactId&quot; of its payload.</source>
        <translation>El id de una pertenencia debe ser &quot;groupId:contactId&quot; de su contenido.</translation>
    </message>
    <message>
        <source>Field &quot;%1.consent&quot; must be unknown, opted_in, opted_out or pending.</source>
        <translation>El campo &quot;%1.consent&quot; debe ser unknown, opted_in, opted_out o pending.</translation>
    </message>
    <message>
        <source>Field &quot;%1.id&quot; must equal the change&apos;s id.</source>
        <translation>El campo &quot;%1.id&quot; debe coincidir con el id del cambio.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be an object.</source>
        <translation>El campo &quot;%1&quot; debe ser un objeto.</translation>
    </message>
    <message>
        <source>Field &quot;%1.entity&quot; must be one of contact, group, membership, consent, content, campaign, message, call_log.</source>
        <translation>El campo &quot;%1.entity&quot; debe ser contact, group, membership, consent, content, campaign, message o call_log.</translation>
    </message>
    <message>
        <source>Field &quot;%1.operation&quot; must be &quot;upsert&quot; or &quot;delete&quot;.</source>
        <translation>El campo &quot;%1.operation&quot; debe ser &quot;upsert&quot; o &quot;delete&quot;.</translation>
    </message>
    <message>
        <source>Field &quot;%1.payload&quot; must be an object for an upsert.</source>
        <translation>El campo &quot;%1.payload&quot; debe ser un objeto en un upsert.</translation>
    </message>
    <message>
        <source>Field &quot;%1.payload&quot; is larger than 256 KiB.</source>
        <translation>El campo &quot;%1.payload&quot; supera 256 KiB.</translation>
    </message>
</context>
<context>
    <name>iq::server::input</name>
    <message>
        <source>The body is not valid JSON: %1 at byte %2.</source>
        <translation>El cuerpo no es JSON válido: %1 en el byte %2.</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>El cuerpo debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is required.</source>
        <translation>El campo &quot;%1&quot; es obligatorio.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a string.</source>
        <translation>El campo &quot;%1&quot; debe ser una cadena de texto.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must have %2 to %3 characters.</source>
        <translation>El campo &quot;%1&quot; debe tener de %2 a %3 caracteres.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>El campo &quot;%1&quot; debe ser un número entero de %2 a %3.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must not contain control characters.</source>
        <translation>El campo &quot;%1&quot; no puede contener caracteres de control.</translation>
    </message>
    <message>
        <source>Field &quot;device&quot; must be an object with &quot;id&quot; and &quot;name&quot;.</source>
        <translation>El campo &quot;device&quot; debe ser un objeto con &quot;id&quot; y &quot;name&quot;.</translation>
    </message>
    <message>
        <source>Field &quot;device.id&quot; may hold only letters, digits and the characters . _ : -</source>
        <translation>El campo &quot;device.id&quot; solo puede contener letras, dígitos y los caracteres . _ : -</translation>
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
    <name>iq::wire</name>
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
