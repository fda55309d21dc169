<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountService</name>
    <message>
        <source>An account with this e-mail address already exists; sign in instead.</source>
        <translation>Un compte existe déjà avec cette adresse e-mail ; connectez-vous plutôt.</translation>
    </message>
    <message>
        <source>Sign in first: the request has no &quot;Authorization: Bearer&quot; token.</source>
        <translation>Connectez-vous d&apos;abord : la requête n&apos;a pas de jeton « Authorization: Bearer ».</translation>
    </message>
    <message>
        <source>The access token is not valid; sign in again.</source>
        <translation>Le jeton d&apos;accès n&apos;est pas valide ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Le compte n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The access token has expired; refresh it and try again.</source>
        <translation>Le jeton d&apos;accès a expiré ; renouvelez-le et réessayez.</translation>
    </message>
    <message>
        <source>Too many requests; try again in %1 seconds.</source>
        <translation>Trop de requêtes ; réessayez dans %1 secondes.</translation>
    </message>
    <message>
        <source>There is no such endpoint.</source>
        <translation>Ce point d&apos;accès n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The server&apos;s database is busy or unreachable; try again shortly.</source>
        <translation>La base de données du serveur est occupée ou injoignable ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server failed to handle the request.</source>
        <translation>Le serveur n&apos;a pas pu traiter la requête.</translation>
    </message>
</context>
<context>
    <name>ApiServer</name>
    <message>
        <source>The request body is larger than %1 KiB, the limit of this endpoint.</source>
        <translation>Le corps de la requête dépasse %1 Kio, la limite de ce point d&apos;accès.</translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate %1: %2</source>
        <translation>Impossible de lire le certificat TLS %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the TLS key %1: %2</source>
        <translation>Impossible de lire la clé TLS %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a PEM certificate.</source>
        <translation>%1 n&apos;est pas un certificat PEM.</translation>
    </message>
    <message>
        <source>%1 is not a PEM RSA or EC private key.</source>
        <translation>%1 n&apos;est pas une clé privée RSA ou EC au format PEM.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2 (in use, or not allowed).</source>
        <translation>Impossible d&apos;écouter sur %1 port %2 (déjà utilisé ou non autorisé).</translation>
    </message>
</context>
<context>
    <name>QCoreApplication::Text</name>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>Impossible de créer le dossier de profil %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not an IQ Messaging database (its header is not SQLite&apos;s); the file was left as it is.</source>
        <translation>%1 n&apos;est pas une base de données IQ Messaging (son en-tête n&apos;est pas celui de SQLite) ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2); the file was left as it is. Restore it from a backup or choose another profile.</source>
        <translation>%1 est endommagé et illisible (%2) ; le fichier n&apos;a pas été modifié. Restaurez-le depuis une sauvegarde ou choisissez un autre profil.</translation>
    </message>
    <message>
        <source>%1 is damaged: its schema cannot be read (%2); the file was left as it is.</source>
        <translation>%1 est endommagé : son schéma est illisible (%2) ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of IQ Messaging (schema %2; this version reads up to %3). Update the application; the file was left as it is.</source>
        <translation>%1 a été écrit par une version plus récente d&apos;IQ Messaging (schéma %2 ; cette version lit jusqu&apos;au %3). Mettez l&apos;application à jour ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Il n&apos;y a pas de base de données dans %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>La migration %1 manque dans cette version.</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed: %3</source>
        <translation>La mise à niveau de %1 vers le schéma %2 a échoué : %3</translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation>Ouverture d&apos;une transaction</translation>
    </message>
    <message>
        <source>Saving the changes</source>
        <translation>Enregistrement des modifications</translation>
    </message>
    <message>
        <source>The SQLite driver gave no native handle.</source>
        <translation>Le pilote SQLite n&apos;a fourni aucun descripteur natif.</translation>
    </message>
</context>
<context>
    <name>ServerDatabase</name>
    <message>
        <source>--database sqlite: needs a file path.</source>
        <translation>--database sqlite: exige un chemin de fichier.</translation>
    </message>
    <message>
        <source>--database &quot;%1&quot; is not of the form postgres://USER@HOST[:PORT]/DB.</source>
        <translation>--database « %1 » n&apos;est pas de la forme postgres://USER@HOST[:PORT]/DB.</translation>
    </message>
    <message>
        <source>--database must start with sqlite: or postgres:// (got &quot;%1&quot;).</source>
        <translation>--database doit commencer par sqlite: ou postgres:// (reçu : « %1 »).</translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>Impossible d&apos;ouvrir la base de données : %1</translation>
    </message>
    <message>
        <source>The database has schema version %1; this iqmsgd knows up to %2. Use a newer iqmsgd.</source>
        <translation>La base de données est en version de schéma %1 ; ce iqmsgd connaît jusqu&apos;à la %2. Utilisez un iqmsgd plus récent.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from the build.</source>
        <translation>La migration %1 manque dans cette version.</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>Field &quot;changes&quot; must be an array of changes.</source>
        <translation>Le champ &quot;changes&quot; doit être un tableau de modifications.</translation>
    </message>
    <message>
        <source>Field &quot;changes&quot; must not be empty.</source>
        <translation>Le champ &quot;changes&quot; ne doit pas être vide.</translation>
    </message>
    <message>
        <source>A push may carry at most %1 changes; this one has %2. Split it.</source>
        <translation>Un envoi peut contenir au plus %1 modifications ; celui-ci en a %2. Scindez-le.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Le compte n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The server has no %1 &quot;%2&quot;; push it with baseVersion 0.</source>
        <translation>Le serveur n&apos;a pas de %1 « %2 » ; envoyez-le avec baseVersion 0.</translation>
    </message>
    <message>
        <source>Query item &quot;limit&quot; must be a whole number from 1 to %1.</source>
        <translation>Le paramètre &quot;limit&quot; doit être un nombre entier de 1 à %1.</translation>
    </message>
    <message>
        <source>The server does not know this cursor; pull again from the start (empty cursor).</source>
        <translation>Le serveur ne connaît pas ce curseur ; récupérez à nouveau depuis le début (curseur vide).</translation>
    </message>
    <message>
        <source>This cursor is older than the changes the server keeps; pull again from the start.</source>
        <translation>Ce curseur est plus ancien que les modifications conservées par le serveur ; récupérez à nouveau depuis le début.</translation>
    </message>
</context>
<context>
    <name>iq</name>
    <message>
        <source>&quot;%1&quot; is not a server address; use one like https://sync.example.com.</source>
        <translation>« %1 » n&apos;est pas une adresse de serveur ; utilisez-en une comme https://sync.example.com.</translation>
    </message>
</context>
<context>
    <name>iq::AccountService</name>
    <message>
        <source>This profile syncs with %1; use another profile for %2.</source>
        <translation>Ce profil se synchronise avec %1 ; utilisez un autre profil pour %2.</translation>
    </message>
    <message>
        <source>This profile is not signed in to any account.</source>
        <translation>Ce profil n&apos;est connecté à aucun compte.</translation>
    </message>
    <message>
        <source>This profile is not connected to an account; sign in to sync.</source>
        <translation>Ce profil n&apos;est lié à aucun compte ; connectez-vous pour synchroniser.</translation>
    </message>
    <message>
        <source>You are signed out of %1. Sign in to sync.</source>
        <translation>Vous êtes déconnecté de %1. Connectez-vous pour synchroniser.</translation>
    </message>
</context>
<context>
    <name>iq::AccountsIndex</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>The list of accounts %1 is damaged (byte %2); move it away and sign in again.</source>
        <translation>La liste des comptes %1 est endommagée (octet %2) ; déplacez-la et reconnectez-vous.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>iq::ConflictStore</name>
    <message>
        <source>There is no open conflict number %1.</source>
        <translation>Il n&apos;y a pas de conflit ouvert numéro %1.</translation>
    </message>
    <message>
        <source>The %1 %2 no longer exists; its value cannot be re-applied.</source>
        <translation>%1 %2 n&apos;existe plus ; sa valeur ne peut pas être réappliquée.</translation>
    </message>
</context>
<context>
    <name>iq::Consent</name>
    <message>
        <source>Opted in</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Désinscrit</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>iq::ConsentLedger</name>
    <message>
        <source>A consent change names either a group or a channel.</source>
        <translation>Une modification du consentement porte soit sur un groupe, soit sur un canal.</translation>
    </message>
</context>
<context>
    <name>iq::ContactFields</name>
    <message>
        <source>Reply STOP to opt out</source>
        <translation>Répondez STOP pour vous désinscrire</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Deuxième prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Name as shown in lists</source>
        <translation>Nom affiché dans les listes</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Group being messaged</source>
        <translation>Groupe destinataire</translation>
    </message>
    <message>
        <source>Your business name</source>
        <translation>Nom de votre entreprise</translation>
    </message>
    <message>
        <source>Opt-out wording</source>
        <translation>Mention de désinscription</translation>
    </message>
    <message>
        <source>There is no group with the id &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de groupe avec l&apos;identifiant « %1 ».</translation>
    </message>
    <message>
        <source>reading the audience</source>
        <translation>lecture des destinataires</translation>
    </message>
</context>
<context>
    <name>iq::ContactJson</name>
    <message>
        <source>Field &quot;%1&quot; must be %2.</source>
        <translation>Le champ « %1 » doit être %2.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne de caractères</translation>
    </message>
    <message>
        <source>a non-negative number</source>
        <translation>un nombre positif ou nul</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
</context>
<context>
    <name>iq::ContactRepository</name>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Il n&apos;y a pas de contact avec l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>iq::ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>iq::ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Number of contacts</source>
        <translation>Nombre de contacts</translation>
    </message>
    <message>
        <source>No contacts yet. Add one with “iqm contacts add” or import a file; they appear here at once.</source>
        <translation>Aucun contact pour l&apos;instant. Ajoutez-en un avec « iqm contacts add » ou importez un fichier ; ils apparaissent ici aussitôt.</translation>
    </message>
    <message>
        <source>No contacts</source>
        <translation>Aucun contact</translation>
    </message>
    <message>
        <source>Contacts list</source>
        <translation>Liste des contacts</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iq::CsvReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>The encoding &quot;%1&quot; is not known; try UTF-8, UTF-16LE, windows-1252.</source>
        <translation>L&apos;encodage « %1 » est inconnu ; essayez UTF-8, UTF-16LE ou windows-1252.</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>choisi</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>barre verticale</translation>
    </message>
    <message>
        <source>Line %1: the quoted value in column %2 is never closed.</source>
        <translation>Ligne %1 : la valeur entre guillemets de la colonne %2 n&apos;est jamais fermée.</translation>
    </message>
    <message>
        <source>Line %1: the quoted value in column %2 is longer than %3 characters; is a closing quote missing?</source>
        <translation>Ligne %1 : la valeur entre guillemets de la colonne %2 dépasse %3 caractères ; manque-t-il un guillemet fermant ?</translation>
    </message>
    <message>
        <source>Line %1: there is text after the closing quote in column %2.</source>
        <translation>Ligne %1 : il y a du texte après le guillemet fermant dans la colonne %2.</translation>
    </message>
</context>
<context>
    <name>iq::GroupRepository</name>
    <message>
        <source>There is no group %1.</source>
        <translation>Le groupe %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A group named &quot;%1&quot; already exists.</source>
        <translation>Un groupe nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Un groupe doit avoir un nom.</translation>
    </message>
    <message>
        <source>Contact %1 is not a member of group %2.</source>
        <translation>Le contact %1 n&apos;est pas membre du groupe %2.</translation>
    </message>
</context>
<context>
    <name>iq::KeychainTokenStore</name>
    <message>
        <source>The system keychain did not answer. Sign-ins cannot be kept; you can keep working offline.</source>
        <translation>Le trousseau du système n&apos;a pas répondu. Les connexions ne peuvent pas être conservées ; vous pouvez continuer hors ligne.</translation>
    </message>
    <message>
        <source>No sign-in is stored in the keychain for %1.</source>
        <translation>Aucune connexion n&apos;est enregistrée dans le trousseau pour %1.</translation>
    </message>
    <message>
        <source>No usable system keychain (%1). Sign-ins cannot be kept; you can keep working offline.</source>
        <translation>Aucun trousseau système utilisable (%1). Les connexions ne peuvent pas être conservées ; vous pouvez continuer hors ligne.</translation>
    </message>
</context>
<context>
    <name>iq::LocalRecords</name>
    <message>
        <source>The server&apos;s %1 %2 cannot be stored: %3</source>
        <translation>%1 %2 du serveur ne peut pas être enregistré : %3</translation>
    </message>
    <message>
        <source>unknown record type</source>
        <translation>type d&apos;enregistrement inconnu</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <source>groupId, contactId and consent are required</source>
        <translation>groupId, contactId et consent sont obligatoires</translation>
    </message>
    <message>
        <source>contactId, channel and consent are required</source>
        <translation>contactId, channel et consent sont obligatoires</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>« %1 » doit être une chaîne de caractères</translation>
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
        <translation>Fenêtre principale d&apos;IQ Messaging</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Current area</source>
        <translation>Section actuelle</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>People you message, with their numbers and groups</source>
        <translation>Vos destinataires, avec leurs numéros et groupes</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Local profile: %1</source>
        <translation>Profil local : %1</translation>
    </message>
    <message>
        <source>Contact count</source>
        <translation>Nombre de contacts</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About IQ Messaging</source>
        <translation>À &amp;propos d&apos;IQ Messaging</translation>
    </message>
    <message>
        <source>About IQ Messaging</source>
        <translation>À propos d&apos;IQ Messaging</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;IQ Messaging %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Message the customers who opted in, by SMS, e-mail and voice.&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;IQ Messaging %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Écrivez aux clients qui ont donné leur consentement, par SMS, e-mail et message vocal.&lt;/p&gt;&lt;p&gt;Profil : %2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iq::SyncApi</name>
    <message>
        <source>The server answered %1 results for %2 changes.</source>
        <translation>Le serveur a renvoyé %1 résultats pour %2 modifications.</translation>
    </message>
    <message>
        <source>Sync was stopped.</source>
        <translation>La synchronisation a été arrêtée.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again to sync.</source>
        <translation>Votre connexion a expiré ou a été révoquée. Reconnectez-vous pour synchroniser.</translation>
    </message>
    <message>
        <source>The server did not answer in time (%1).</source>
        <translation>Le serveur n&apos;a pas répondu à temps (%1).</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Le serveur est injoignable : %1</translation>
    </message>
    <message>
        <source>%1 (field &quot;%2&quot;)</source>
        <translation>%1 (champ « %2 »)</translation>
    </message>
    <message>
        <source>The server no longer knows this device&apos;s sync position.</source>
        <translation>Le serveur ne connaît plus la position de synchronisation de cet appareil.</translation>
    </message>
    <message>
        <source>The server is busy; sync will try again later.</source>
        <translation>Le serveur est occupé ; la synchronisation réessaiera plus tard.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1); sync will try again later.</source>
        <translation>Le serveur a rencontré un problème (HTTP %1) ; la synchronisation réessaiera plus tard.</translation>
    </message>
    <message>
        <source>The e-mail or password is not right.</source>
        <translation>L&apos;adresse e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>That already exists.</source>
        <translation>Cela existe déjà.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1): %2</source>
        <translation>Le serveur a refusé la requête (HTTP %1) : %2</translation>
    </message>
</context>
<context>
    <name>iq::SyncEngine</name>
    <message>
        <source>The server answered for %1 %2 where %3 %4 was expected.</source>
        <translation>Le serveur a répondu pour %1 %2 alors que %3 %4 était attendu.</translation>
    </message>
    <message>
        <source>The server refused %1 %2: %3</source>
        <translation>Le serveur a refusé %1 %2 : %3</translation>
    </message>
</context>
<context>
    <name>iq::TokenStore</name>
    <message>
        <source>No sign-in is stored for %1.</source>
        <translation>Aucune connexion n&apos;est enregistrée pour %1.</translation>
    </message>
</context>
<context>
    <name>iq::cli</name>
    <message>
        <source>The command-line companion of IQ Messaging: everything the desktop application does with data, from a terminal or a script.</source>
        <translation>L&apos;outil en ligne de commande d&apos;IQ Messaging : tout ce que l&apos;application de bureau fait avec les données, depuis un terminal ou un script.</translation>
    </message>
</context>
<context>
    <name>iq::cli::Text</name>
    <message>
        <source>Create an account on a server and connect this profile to it.</source>
        <translation>Créer un compte sur un serveur et y lier ce profil.</translation>
    </message>
    <message>
        <source>Sign in to an account and connect a profile to it.</source>
        <translation>Se connecter à un compte et y lier un profil.</translation>
    </message>
    <message>
        <source>The server&apos;s address, e.g. https://sync.example.com.</source>
        <translation>L&apos;adresse du serveur, p. ex. https://sync.example.com.</translation>
    </message>
    <message>
        <source>The account&apos;s e-mail address.</source>
        <translation>L&apos;adresse e-mail du compte.</translation>
    </message>
    <message>
        <source>Your name or your business&apos;s.</source>
        <translation>Votre nom ou celui de votre entreprise.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Lire le mot de passe sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 est obligatoire.</translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation>--name est obligatoire.</translation>
    </message>
    <message>
        <source>--password-stdin is required: the password is read from standard input, never from the command line.</source>
        <translation>--password-stdin est obligatoire : le mot de passe est lu sur l&apos;entrée standard, jamais sur la ligne de commande.</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>Aucun mot de passe sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Account %1 created; profile %2 is connected to it.</source>
        <translation>Compte %1 créé ; le profil %2 y est lié.</translation>
    </message>
    <message>
        <source>Signed in as %1; profile %2 is connected.</source>
        <translation>Connecté en tant que %1 ; le profil %2 est lié.</translation>
    </message>
    <message>
        <source>This was the first sign-in from this device; the account records it.</source>
        <translation>C&apos;était la première connexion depuis cet appareil ; le compte l&apos;enregistre.</translation>
    </message>
    <message numerus="yes">
        <source>%n local change(s) will be uploaded by &apos;iqm sync&apos;.</source>
        <translation>
            <numerusform>%n modification locale sera envoyée par &apos;iqm sync&apos;.</numerusform>
            <numerusform>%n modifications locales seront envoyées par &apos;iqm sync&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign this profile out: the server forgets this device&apos;s session and the keychain its tokens. The profile&apos;s data stays.</source>
        <translation>Déconnecter ce profil : le serveur oublie la session de cet appareil et le trousseau ses jetons. Les données du profil sont conservées.</translation>
    </message>
    <message>
        <source>Signed out of %1. The profile&apos;s data stays on this computer.</source>
        <translation>Déconnecté de %1. Les données du profil restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>List the profiles and their accounts.</source>
        <translation>Lister les profils et leurs comptes.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>No accounts yet. Sign in with &apos;iqm account login&apos;.</source>
        <translation>Aucun compte pour l&apos;instant. Connectez-vous avec &apos;iqm account login&apos;.</translation>
    </message>
    <message>
        <source>(local only)</source>
        <translation>(local uniquement)</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <source>Make another profile the one iqm and the application open by default.</source>
        <translation>Faire d&apos;un autre profil celui qu&apos;iqm et l&apos;application ouvrent par défaut.</translation>
    </message>
    <message>
        <source>An e-mail address or a profile folder.</source>
        <translation>Une adresse e-mail ou un dossier de profil.</translation>
    </message>
    <message>
        <source>No profile or account &quot;%1&quot;; &apos;iqm account list&apos; shows them.</source>
        <translation>Aucun profil ni compte « %1 » ; &apos;iqm account list&apos; les affiche.</translation>
    </message>
    <message>
        <source>Now using %1.</source>
        <translation>%1 est maintenant utilisé.</translation>
    </message>
    <message>
        <source>Send this profile&apos;s changes to the server and receive the others&apos;.</source>
        <translation>Envoyer les modifications de ce profil au serveur et recevoir celles des autres.</translation>
    </message>
    <message>
        <source>Print what happened as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>Pushed %1, pulled %2, conflicts %3.</source>
        <translation>Envoyés %1, reçus %2, conflits %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review in the application.</source>
        <translation>
            <numerusform>%n conflit à examiner dans l&apos;application.</numerusform>
            <numerusform>%n conflits à examiner dans l&apos;application.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create an account and connect this profile</source>
        <translation>Créer un compte et y lier ce profil</translation>
    </message>
    <message>
        <source>Sign in and connect a profile</source>
        <translation>Se connecter et lier un profil</translation>
    </message>
    <message>
        <source>Sign this profile out</source>
        <translation>Déconnecter ce profil</translation>
    </message>
    <message>
        <source>List profiles and their accounts</source>
        <translation>Lister les profils et leurs comptes</translation>
    </message>
    <message>
        <source>Open another profile by default</source>
        <translation>Ouvrir un autre profil par défaut</translation>
    </message>
    <message>
        <source>Sync this profile with its account</source>
        <translation>Synchroniser ce profil avec son compte</translation>
    </message>
    <message>
        <source>Run &apos;iqm --help&apos; for usage.</source>
        <translation>Lancez &apos;iqm --help&apos; pour l&apos;utilisation.</translation>
    </message>
    <message>
        <source>Use the profile in &lt;dir&gt; instead of the default.</source>
        <translation>Utiliser le profil dans &lt;dir&gt; au lieu de celui par défaut.</translation>
    </message>
    <message>
        <source>iqm %1: missing argument.</source>
        <translation>iqm %1 : argument manquant.</translation>
    </message>
    <message>
        <source>iqm %1: unexpected argument &quot;%2&quot;.</source>
        <translation>iqm %1 : argument inattendu « %2 ».</translation>
    </message>
    <message>
        <source>Usage: iqm [--profile DIR] COMMAND [options]</source>
        <translation>Utilisation : iqm [--profile DIR] COMMAND [options]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Use the profile in DIR (default: $IQM_PROFILE, then the application&apos;s data folder).</source>
        <translation>Utiliser le profil dans DIR (par défaut : $IQM_PROFILE, puis le dossier de données de l&apos;application).</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Print this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Run &apos;iqm COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Lancez &apos;iqm COMMAND --help&apos; pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>--profile needs a folder.</source>
        <translation>--profile exige un dossier.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>Option inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Add a contact to the profile.</source>
        <translation>Ajouter un contact au profil.</translation>
    </message>
    <message>
        <source>Given name.</source>
        <translation>Prénom.</translation>
    </message>
    <message>
        <source>Middle name.</source>
        <translation>Deuxième prénom.</translation>
    </message>
    <message>
        <source>Family name.</source>
        <translation>Nom de famille.</translation>
    </message>
    <message>
        <source>Company or organization.</source>
        <translation>Entreprise ou organisation.</translation>
    </message>
    <message>
        <source>A phone number (repeat for several).</source>
        <translation>Un numéro de téléphone (à répéter pour plusieurs).</translation>
    </message>
    <message>
        <source>An e-mail address (repeat for several).</source>
        <translation>Une adresse e-mail (à répéter pour plusieurs).</translation>
    </message>
    <message>
        <source>Add to this group, creating it if needed (repeat for several).</source>
        <translation>Ajouter à ce groupe, en le créant si besoin (à répéter pour plusieurs).</translation>
    </message>
    <message>
        <source>Consent recorded for the groups: opted-in, opted-out, pending or unknown (default).</source>
        <translation>Consentement enregistré pour les groupes : opted-in, opted-out, pending ou unknown (par défaut).</translation>
    </message>
    <message>
        <source>Where the consent came from, e.g. &quot;paper form&quot;.</source>
        <translation>Origine du consentement, p. ex. « formulaire papier ».</translation>
    </message>
    <message>
        <source>Print the new contact as JSON.</source>
        <translation>Afficher le nouveau contact en JSON.</translation>
    </message>
    <message>
        <source>--consent must be opted-in, opted-out, pending or unknown, not &quot;%1&quot;.</source>
        <translation>--consent doit valoir opted-in, opted-out, pending ou unknown, pas « %1 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>A contact needs a name, an organization, a phone number or an e-mail address.</source>
        <translation>Un contact doit avoir un nom, une entreprise, un numéro de téléphone ou une adresse e-mail.</translation>
    </message>
    <message>
        <source>Added %1 (%2)</source>
        <translation>%1 ajouté (%2)</translation>
    </message>
    <message>
        <source>warning: &quot;%1&quot; is not a valid phone number; kept as typed.</source>
        <translation>avertissement : « %1 » n&apos;est pas un numéro de téléphone valide ; conservé tel quel.</translation>
    </message>
    <message>
        <source>List the profile&apos;s contacts.</source>
        <translation>Lister les contacts du profil.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Afficher un tableau JSON.</translation>
    </message>
    <message>
        <source>Show one contact as JSON.</source>
        <translation>Afficher un contact en JSON.</translation>
    </message>
    <message>
        <source>The contact&apos;s id.</source>
        <translation>L&apos;identifiant du contact.</translation>
    </message>
    <message>
        <source>Delete a contact.</source>
        <translation>Supprimer un contact.</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 supprimé</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>List contacts</source>
        <translation>Lister les contacts</translation>
    </message>
    <message>
        <source>Show one contact as JSON</source>
        <translation>Afficher un contact en JSON</translation>
    </message>
    <message>
        <source>Delete a contact</source>
        <translation>Supprimer un contact</translation>
    </message>
    <message>
        <source>Create the profile (folder and database) if it does not exist yet.</source>
        <translation>Créer le profil (dossier et base de données) s&apos;il n&apos;existe pas encore.</translation>
    </message>
    <message>
        <source>Profile ready at %1</source>
        <translation>Profil prêt dans %1</translation>
    </message>
    <message>
        <source>Show where the profile is and what it holds.</source>
        <translation>Afficher l&apos;emplacement du profil et son contenu.</translation>
    </message>
    <message>
        <source>Profile:        %1</source>
        <translation>Profil :        %1</translation>
    </message>
    <message>
        <source>Database:       %1</source>
        <translation>Base :          %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schéma :        %1</translation>
    </message>
    <message>
        <source>Contacts:       %1</source>
        <translation>Contacts :      %1</translation>
    </message>
    <message>
        <source>Groups:         %1</source>
        <translation>Groupes :       %1</translation>
    </message>
    <message>
        <source>Unsynced:       %1</source>
        <translation>Non synchro :   %1</translation>
    </message>
    <message>
        <source>Create the profile if it does not exist</source>
        <translation>Créer le profil s&apos;il n&apos;existe pas</translation>
    </message>
    <message>
        <source>Show the profile&apos;s folder, schema and counts</source>
        <translation>Afficher le dossier, le schéma et les totaux du profil</translation>
    </message>
    <message>
        <source>Render a message template for one contact or for given data.</source>
        <translation>Remplir un modèle de message pour un contact ou pour des données fournies.</translation>
    </message>
    <message>
        <source>Read the template from FILE (UTF-8).</source>
        <translation>Lire le modèle dans FILE (UTF-8).</translation>
    </message>
    <message>
        <source>The template itself.</source>
        <translation>Le modèle lui-même.</translation>
    </message>
    <message>
        <source>Render for the contact with this id.</source>
        <translation>Remplir pour le contact ayant cet identifiant.</translation>
    </message>
    <message>
        <source>With --contact: the group name {{group}} prints (default: the contact&apos;s first group).</source>
        <translation>Avec --contact : le nom de groupe qu&apos;affiche {{group}} (par défaut : le premier groupe du contact).</translation>
    </message>
    <message>
        <source>Render with this JSON object instead of a contact.</source>
        <translation>Remplir avec cet objet JSON au lieu d&apos;un contact.</translation>
    </message>
    <message>
        <source>sms (default), email-html, email-text or voice; email-html escapes values for HTML.</source>
        <translation>sms (par défaut), email-html, email-text ou voice ; email-html échappe les valeurs pour le HTML.</translation>
    </message>
    <message>
        <source>Print a JSON object: the text, the fallbacks used, warnings and, for SMS, the segments.</source>
        <translation>Afficher un objet JSON : le texte, les valeurs de repli utilisées, les avertissements et, pour les SMS, les segments.</translation>
    </message>
    <message>
        <source>Give the template with either --template FILE or --text TEMPLATE.</source>
        <translation>Indiquez le modèle avec --template FILE ou --text TEMPLATE.</translation>
    </message>
    <message>
        <source>Say whom to render for with either --contact ID or --data JSON.</source>
        <translation>Indiquez pour qui remplir avec --contact ID ou --data JSON.</translation>
    </message>
    <message>
        <source>--channel must be sms, email-html, email-text or voice, not &quot;%1&quot;.</source>
        <translation>--channel doit valoir sms, email-html, email-text ou voice, pas « %1 ».</translation>
    </message>
    <message>
        <source>Cannot read the template &quot;%1&quot;: %2.</source>
        <translation>Impossible de lire le modèle « %1 » : %2.</translation>
    </message>
    <message>
        <source>--data is not valid JSON at byte %1: %2.</source>
        <translation>--data n&apos;est pas du JSON valide à l&apos;octet %1 : %2.</translation>
    </message>
    <message>
        <source>--data must be a JSON object, like {&quot;first_name&quot;: &quot;Ann&quot;}.</source>
        <translation>--data doit être un objet JSON, comme {&quot;first_name&quot;: &quot;Ann&quot;}.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>Count the SMS segments of a message. Without TEXT, each line of standard input is a JSON string; one JSON object is printed per message.</source>
        <translation>Compter les segments SMS d&apos;un message. Sans TEXT, chaque ligne de l&apos;entrée standard est une chaîne JSON ; un objet JSON est affiché par message.</translation>
    </message>
    <message>
        <source>The message.</source>
        <translation>Le message.</translation>
    </message>
    <message>
        <source>Line %1 of the input is not a JSON string (like &quot;Hello&quot;).</source>
        <translation>La ligne %1 de l&apos;entrée n&apos;est pas une chaîne JSON (comme &quot;Hello&quot;).</translation>
    </message>
    <message>
        <source>Render a template for a contact or JSON data</source>
        <translation>Remplir un modèle pour un contact ou des données JSON</translation>
    </message>
    <message>
        <source>Count SMS segments and the encoding of messages</source>
        <translation>Compter les segments SMS et l&apos;encodage des messages</translation>
    </message>
</context>
<context>
    <name>iq::server</name>
    <message>
        <source>IQ Messaging reference server</source>
        <translation>Serveur de référence IQ Messaging</translation>
    </message>
    <message>
        <source>TCP port (default 8787).</source>
        <translation>Port TCP (par défaut 8787).</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresse d&apos;écoute (par défaut 127.0.0.1).</translation>
    </message>
    <message>
        <source>sqlite:PATH or postgres://USER@HOST/DB.</source>
        <translation>sqlite:PATH ou postgres://USER@HOST/DB.</translation>
    </message>
    <message>
        <source>TLS certificate (PEM).</source>
        <translation>Certificat TLS (PEM).</translation>
    </message>
    <message>
        <source>TLS private key (PEM).</source>
        <translation>Clé privée TLS (PEM).</translation>
    </message>
    <message>
        <source>Create a demo account with sample data.</source>
        <translation>Créer un compte de démonstration avec des données d&apos;exemple.</translation>
    </message>
    <message>
        <source>Sign-up, sign-in and refresh attempts per client IP per minute (default 30).</source>
        <translation>Tentatives d&apos;inscription, de connexion et de renouvellement par IP client et par minute (par défaut 30).</translation>
    </message>
    <message>
        <source>Authenticated requests per account per minute (default 1200).</source>
        <translation>Requêtes authentifiées par compte et par minute (par défaut 1200).</translation>
    </message>
    <message>
        <source>Lifetime of access tokens in seconds (default 900).</source>
        <translation>Durée de vie des jetons d&apos;accès en secondes (par défaut 900).</translation>
    </message>
    <message>
        <source>Purge tombstones older than this many days on start (default 90).</source>
        <translation>Purger au démarrage les marques de suppression plus anciennes que ce nombre de jours (par défaut 90).</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port doit être un nombre de 0 à 65535.</translation>
    </message>
    <message>
        <source>--address &quot;%1&quot; is not an IP address.</source>
        <translation>--address « %1 » n&apos;est pas une adresse IP.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number (got &quot;%2&quot;).</source>
        <translation>--%1 doit être un nombre entier (reçu : « %2 »).</translation>
    </message>
    <message>
        <source>Plain HTTP is served only on loopback; give --tls-cert and --tls-key to listen on %1.</source>
        <translation>Le HTTP non chiffré n&apos;est servi qu&apos;en boucle locale ; indiquez --tls-cert et --tls-key pour écouter sur %1.</translation>
    </message>
    <message>
        <source>Field &quot;email&quot; must be an e-mail address like name@example.com.</source>
        <translation>Le champ &quot;email&quot; doit être une adresse e-mail comme name@example.com.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation>L&apos;adresse e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>The refresh token is not valid any more; sign in again.</source>
        <translation>Le jeton de renouvellement n&apos;est plus valide ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation>libsodium n&apos;a pas pu être initialisée.</translation>
    </message>
    <message>
        <source>Out of memory while hashing a password.</source>
        <translation>Mémoire insuffisante lors du hachage d&apos;un mot de passe.</translation>
    </message>
    <message>
        <source>Database statement failed (%1): %2</source>
        <translation>Échec d&apos;une instruction de base de données (%1) : %2</translation>
    </message>
    <message>
        <source>A membership&apos;s id must be &quot;groupId:contactId&quot; of its payload.</source>
        <translation>L&apos;identifiant d&apos;une adhésion doit être &quot;groupId:contactId&quot; de son contenu.</translation>
    </message>
    <message>
        <source>Field &quot;%1.consent&quot; must be unknown, opted_in, opted_out or pending.</source>
        <translation>Le champ &quot;%1.consent&quot; doit valoir unknown, opted_in, opted_out ou pending.</translation>
    </message>
    <message>
        <source>Field &quot;%1.id&quot; must equal the change&apos;s id.</source>
        <translation>Le champ &quot;%1.id&quot; doit être égal à l&apos;identifiant de la modification.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be an object.</source>
        <translation>Le champ &quot;%1&quot; doit être un objet.</translation>
    </message>
    <message>
        <source>Field &quot;%1.entity&quot; must be one of contact, group, membership, consent, content, campaign, message, call_log.</source>
        <translation>Le champ &quot;%1.entity&quot; doit valoir contact, group, membership, consent, content, campaign, message ou call_log.</translation>
    </message>
    <message>
        <source>Field &quot;%1.operation&quot; must be &quot;upsert&quot; or &quot;delete&quot;.</source>
        <translation>Le champ &quot;%1.operation&quot; doit valoir &quot;upsert&quot; ou &quot;delete&quot;.</translation>
    </message>
    <message>
        <source>Field &quot;%1.payload&quot; must be an object for an upsert.</source>
        <translation>Le champ &quot;%1.payload&quot; doit être un objet pour un upsert.</translation>
    </message>
    <message>
        <source>Field &quot;%1.payload&quot; is larger than 256 KiB.</source>
        <translation>Le champ &quot;%1.payload&quot; dépasse 256 Kio.</translation>
    </message>
</context>
<context>
    <name>iq::server::input</name>
    <message>
        <source>The body is not valid JSON: %1 at byte %2.</source>
        <translation>Le corps n&apos;est pas du JSON valide : %1 à l&apos;octet %2.</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>Le corps doit être un objet JSON.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is required.</source>
        <translation>Le champ &quot;%1&quot; est obligatoire.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a string.</source>
        <translation>Le champ &quot;%1&quot; doit être une chaîne de caractères.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must have %2 to %3 characters.</source>
        <translation>Le champ &quot;%1&quot; doit comporter de %2 à %3 caractères.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>Le champ &quot;%1&quot; doit être un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must not contain control characters.</source>
        <translation>Le champ &quot;%1&quot; ne doit pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>Field &quot;device&quot; must be an object with &quot;id&quot; and &quot;name&quot;.</source>
        <translation>Le champ &quot;device&quot; doit être un objet avec &quot;id&quot; et &quot;name&quot;.</translation>
    </message>
    <message>
        <source>Field &quot;device.id&quot; may hold only letters, digits and the characters . _ : -</source>
        <translation>Le champ &quot;device.id&quot; ne peut contenir que des lettres, des chiffres et les caractères . _ : -</translation>
    </message>
</context>
<context>
    <name>iq::tmpl::Template</name>
    <message>
        <source>The tag &quot;%1&quot; is never closed; end it with &quot;%2&quot;.</source>
        <translation>La balise « %1 » n&apos;est jamais fermée ; terminez-la par « %2 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not set delimiters: write two markers separated by a space, like {{=&lt;% %&gt;=}}.</source>
        <translation>« %1 » ne définit pas de délimiteurs : écrivez deux marqueurs séparés par une espace, comme {{=&lt;% %&gt;=}}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a fallback after &quot;|&quot; only works in a field tag such as {{first_name|there}}.</source>
        <translation>« %1 » : une valeur de repli après « | » ne fonctionne que dans une balise de champ comme {{first_name|there}}.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; has no name in it.</source>
        <translation>La balise « %1 » ne contient aucun nom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid field name: dots separate the parts of a name.</source>
        <translation>« %1 » n&apos;est pas un nom de champ valide : les points séparent les parties d&apos;un nom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; closes a section that was never opened.</source>
        <translation>« %1 » ferme une section qui n&apos;a jamais été ouverte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the section &quot;%2&quot; opened at line %3, column %4; close that one first.</source>
        <translation>« %1 » ne correspond pas à la section « %2 » ouverte ligne %3, colonne %4 ; fermez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Sections are nested more than %1 deep.</source>
        <translation>Les sections sont imbriquées sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; is never closed; end it with &quot;%2/%1%3&quot;.</source>
        <translation>La section « %1 » n&apos;est jamais fermée ; terminez-la par « %2/%1%3 ».</translation>
    </message>
    <message>
        <source>The rendering is longer than %1 characters; stopped there.</source>
        <translation>Le texte produit dépasse %1 caractères ; arrêt à cet endroit.</translation>
    </message>
    <message>
        <source>The snippet &quot;%1&quot; cannot be used: %2</source>
        <translation>Le fragment « %1 » ne peut pas être utilisé : %2</translation>
    </message>
    <message>
        <source>Snippets include each other more than %1 deep; stopped there.</source>
        <translation>Les fragments s&apos;incluent les uns les autres sur plus de %1 niveaux ; arrêt à cet endroit.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>There is no snippet called &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de fragment nommé « %1 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field: no recipient has it, so it prints nothing.</source>
        <translation>« %1 » n&apos;est pas un champ : aucun destinataire ne l&apos;a, donc rien ne s&apos;affiche.</translation>
    </message>
</context>
<context>
    <name>iq::wire</name>
    <message>
        <source>The server&apos;s reply is not understood: &quot;%1&quot; must be %2.</source>
        <translation>La réponse du serveur est incomprise : &quot;%1&quot; doit être %2.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not valid JSON (byte %1: %2).</source>
        <translation>La réponse du serveur n&apos;est pas du JSON valide (octet %1 : %2).</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne de caractères</translation>
    </message>
    <message>
        <source>a whole number from 0</source>
        <translation>un nombre entier à partir de 0</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a known record type</source>
        <translation>un type d&apos;enregistrement connu</translation>
    </message>
    <message>
        <source>not empty</source>
        <translation>non vide</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>applied, conflict or rejected</source>
        <translation>applied, conflict ou rejected</translation>
    </message>
    <message>
        <source>present on a conflict</source>
        <translation>présent en cas de conflit</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>IQ Messaging desktop client</source>
        <translation>Client de bureau IQ Messaging</translation>
    </message>
    <message>
        <source>Use the profile in &lt;dir&gt;.</source>
        <translation>Utiliser le profil dans &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Show the interface in &lt;code&gt; (e.g. de, fr).</source>
        <translation>Afficher l&apos;interface en &lt;code&gt; (p. ex. de, fr).</translation>
    </message>
    <message>
        <source>IQ Messaging</source>
        <translation>IQ Messaging</translation>
    </message>
    <message>
        <source>Cannot open the profile</source>
        <translation>Impossible d&apos;ouvrir le profil</translation>
    </message>
</context>
</TS>
