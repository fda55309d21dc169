<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
    <message>
        <source>%1: the disk is full (no space left for the profile&apos;s database). Free some space and try again.</source>
        <translation>%1 : le disque est plein (plus de place pour la base de données du profil). Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>%1: the disk could not be written or read (%2). Check the disk and try again.</source>
        <translation>%1 : impossible d&apos;écrire ou de lire sur le disque (%2). Vérifiez le disque et réessayez.</translation>
    </message>
    <message>
        <source>%1: the SQLite driver gave no native handle.</source>
        <translation>%1 : le pilote SQLite n&apos;a fourni aucun descripteur natif.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>Cannot make %1 private: %2</source>
        <translation>Impossible de restreindre l&apos;accès à %1 : %2</translation>
    </message>
    <message>
        <source>%1 was not upgraded: a copy of it could not be written first (%2). The file was left as it is.</source>
        <translation>%1 n&apos;a pas été mis à niveau : une copie n&apos;a pas pu en être écrite au préalable (%2). Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was not upgraded: its copy could not be named %2. The file was left as it is.</source>
        <translation>%1 n&apos;a pas été mis à niveau : sa copie n&apos;a pas pu être nommée %2. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed: %3. The profile was left as it was.</source>
        <translation>La mise à niveau de %1 vers le schéma %2 a échoué : %3. Le profil n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>A copy from before the upgrade is in %1.</source>
        <translation>Une copie d&apos;avant la mise à niveau se trouve dans %1.</translation>
    </message>
    <message>
        <source>Writing the profile</source>
        <translation>Écriture du profil</translation>
    </message>
</context>
<context>
    <name>QWizardPage</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>%1 créé(s)</translation>
    </message>
    <message>
        <source>%1 to create</source>
        <translation>%1 à créer</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 mis à jour</translation>
    </message>
    <message>
        <source>%1 to update</source>
        <translation>%1 à mettre à jour</translation>
    </message>
    <message>
        <source>%1 already up to date</source>
        <translation>%1 déjà à jour</translation>
    </message>
    <message>
        <source>%1 already in your contacts, skipped</source>
        <translation>%1 déjà dans vos contacts, ignoré(s)</translation>
    </message>
    <message>
        <source>%1 repeated in the file</source>
        <translation>%1 en double dans le fichier</translation>
    </message>
    <message>
        <source>%1 invalid</source>
        <translation>%1 non valide(s)</translation>
    </message>
</context>
<context>
    <name>iq::AccountDialog</name>
    <message>
        <source>Create an account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Create an account to sync this profile with your other computers. What you have here is uploaded.</source>
        <translation>Créez un compte pour synchroniser ce profil avec vos autres ordinateurs. Ce que vous avez ici est envoyé.</translation>
    </message>
    <message>
        <source>Sign in to sync this profile. What you have here is uploaded, and what the account has arrives.</source>
        <translation>Connectez-vous pour synchroniser ce profil. Ce que vous avez ici est envoyé, et ce que contient le compte arrive ici.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>owner@shop.example</source>
        <translation>gerant@boutique.example</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Your name or your business&apos;s</source>
        <translation>Votre nom ou celui de votre entreprise</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Au moins 8 caractères</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Créer le compte</translation>
    </message>
    <message>
        <source>Enter the account&apos;s e-mail address.</source>
        <translation>Saisissez l&apos;adresse e-mail du compte.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Saisissez le mot de passe.</translation>
    </message>
    <message>
        <source>Enter your name or your business&apos;s.</source>
        <translation>Saisissez votre nom ou celui de votre entreprise.</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>Connexion au serveur…</translation>
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
    <name>iq::AddToGroupDialog</name>
    <message>
        <source>Add to group</source>
        <translation>Ajouter au groupe</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Consent of new members</source>
        <translation>Consentement des nouveaux membres</translation>
    </message>
    <message>
        <source>Source of the consent</source>
        <translation>Origine du consentement</translation>
    </message>
    <message>
        <source>Required when opting in</source>
        <translation>Obligatoire en cas d&apos;inscription</translation>
    </message>
    <message numerus="yes">
        <source>Add %n contact(s) to a group. Members keep the consent they already have there; a name that is not a group yet creates it.</source>
        <translation>
            <numerusform>Ajouter %n contact à un groupe. Les membres gardent le consentement qu&apos;ils y ont déjà ; un nom qui n&apos;est pas encore un groupe le crée.</numerusform>
            <numerusform>Ajouter %n contacts à un groupe. Les membres gardent le consentement qu&apos;ils y ont déjà ; un nom qui n&apos;est pas encore un groupe le crée.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe :</translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation>&amp;Consentement :</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Origine :</translation>
    </message>
</context>
<context>
    <name>iq::AudienceSummarizer</name>
    <message>
        <source>The audience summary was cancelled.</source>
        <translation>Le résumé des destinataires a été annulé.</translation>
    </message>
</context>
<context>
    <name>iq::CallLogModel</name>
    <message>
        <source>Incoming</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Transféré</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Message vocal</translation>
    </message>
    <message>
        <source>Campaign call</source>
        <translation>Appel de campagne</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Left on voicemail</source>
        <translation>Laissé sur la messagerie</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
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
        <translation>Début</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
</context>
<context>
    <name>iq::CampaignActions</name>
    <message>
        <source>%1 needs the server, which cannot be reached: %2</source>
        <translation>%1 nécessite le serveur, qui est injoignable : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time such as 2026-12-24T09:30 or 2026-12-24T09:30:00+01:00.</source>
        <translation>« %1 » n’est pas une date et une heure comme 2026-12-24T09:30 ou 2026-12-24T09:30:00+01:00.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone such as Europe/Berlin.</source>
        <translation>« %1 » n’est pas un fuseau horaire comme Europe/Berlin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a snippet; choose a message template.</source>
        <translation>« %1 » est un extrait ; choisissez un modèle de message.</translation>
    </message>
    <message>
        <source>The time to send, %1, has passed.</source>
        <translation>L’heure d’envoi, %1, est passée.</translation>
    </message>
    <message>
        <source>This profile is not signed in to a server.</source>
        <translation>Ce profil n’est connecté à aucun serveur.</translation>
    </message>
    <message>
        <source>This profile is not signed in to a server; sign in to send campaigns.</source>
        <translation>Ce profil n’est connecté à aucun serveur ; connectez-vous pour envoyer des campagnes.</translation>
    </message>
    <message>
        <source>The time to send has passed; choose a new time or send now.</source>
        <translation>L’heure d’envoi est passée ; choisissez une nouvelle heure ou envoyez maintenant.</translation>
    </message>
    <message>
        <source>Pausing a campaign</source>
        <translation>La mise en pause d’une campagne</translation>
    </message>
    <message>
        <source>Resuming a campaign</source>
        <translation>La reprise d’une campagne</translation>
    </message>
    <message>
        <source>Cancelling a campaign</source>
        <translation>L’annulation d’une campagne</translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; is %2 and cannot be %3.</source>
        <translation>La campagne « %1 » est %2 et ne peut pas être %3.</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>mise en pause</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>reprise</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>iq::CampaignApi</name>
    <message>
        <source>The server&apos;s answer is not a campaign (HTTP %1).</source>
        <translation>La réponse du serveur n’est pas une campagne (HTTP %1).</translation>
    </message>
    <message>
        <source>No send of campaign %1 is waiting.</source>
        <translation>Aucun envoi de la campagne %1 n’est en attente.</translation>
    </message>
</context>
<context>
    <name>iq::CampaignAudienceReader</name>
    <message>
        <source>the database is not open</source>
        <translation>la base de données n’est pas ouverte</translation>
    </message>
    <message>
        <source>There is no group with the id &quot;%1&quot;.</source>
        <translation>Il n’y a aucun groupe avec l’identifiant « %1 ».</translation>
    </message>
    <message>
        <source>Reading the audience</source>
        <translation>Lecture du public</translation>
    </message>
</context>
<context>
    <name>iq::CampaignEditor</name>
    <message>
        <source>Campaign name</source>
        <translation>Nom de la campagne</translation>
    </message>
    <message>
        <source>Spring sale, appointment reminder…</source>
        <translation>Soldes de printemps, rappel de rendez-vous…</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>Type de message</translation>
    </message>
    <message>
        <source>Marketing: needs consent, waits for quiet hours to end</source>
        <translation>Publicitaire : nécessite un consentement, attend la fin des heures calmes</translation>
    </message>
    <message>
        <source>Transactional: reminders and notices, sent at once</source>
        <translation>Transactionnel : rappels et avis, envoyés immédiatement</translation>
    </message>
    <message>
        <source>Saved template</source>
        <translation>Modèle enregistré</translation>
    </message>
    <message>
        <source>Subj&amp;ect:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>E-mail subject</source>
        <translation>Objet de l&apos;e-mail</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Hi {{first_name}}, …  Fields in double braces are filled in for each person.</source>
        <translation>Bonjour {{first_name}}, …  Les champs entre doubles accolades sont remplis pour chaque personne.</translation>
    </message>
    <message>
        <source>Length of the message</source>
        <translation>Longueur du message</translation>
    </message>
    <message>
        <source>Groups to send to</source>
        <translation>Groupes destinataires</translation>
    </message>
    <message>
        <source>Groups to leave out</source>
        <translation>Groupes à exclure</translation>
    </message>
    <message>
        <source>Single contacts</source>
        <translation>Contacts individuels</translation>
    </message>
    <message>
        <source>Send &amp;later, at:</source>
        <translation>Envoyer p&amp;lus tard, le :</translation>
    </message>
    <message>
        <source>Schedule for later</source>
        <translation>Planifier pour plus tard</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Date d&apos;envoi</translation>
    </message>
    <message>
        <source>Time zone of the schedule</source>
        <translation>Fuseau horaire de la planification</translation>
    </message>
    <message>
        <source>Send to the mem&amp;bers of:</source>
        <translation>Envoyer aux mem&amp;bres de :</translation>
    </message>
    <message>
        <source>But n&amp;ot to the members of:</source>
        <translation>Mais p&amp;as aux membres de :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal :</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte :</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Destinataires :</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand :</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message numerus="yes">
        <source>And %n single contact(s).</source>
        <translation>
            <numerusform>Et %n contact individuel.</numerusform>
            <numerusform>Et %n contacts individuels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n membre)</numerusform>
            <numerusform>%1 (%n membres)</numerusform>
        </translation>
    </message>
    <message>
        <source>New text (no template)</source>
        <translation>Nouveau texte (sans modèle)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 characters, %n SMS segment(s) before personalization (%2); the pre-flight counts each person&apos;s.</source>
        <translation>
            <numerusform>%1 caractères, %n segment SMS avant personnalisation (%2) ; le contrôle préalable compte ceux de chaque personne.</numerusform>
            <numerusform>%1 caractères, %n segments SMS avant personnalisation (%2) ; le contrôle préalable compte ceux de chaque personne.</numerusform>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Waiting for a connection</source>
        <translation>En attente de connexion</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
</context>
<context>
    <name>iq::CampaignPreflight</name>
    <message>
        <source>There is no contact with the id &quot;%1&quot;.</source>
        <translation>Il n’y a aucun contact avec l’identifiant « %1 ».</translation>
    </message>
    <message>
        <source>The campaign&apos;s text cannot be used: %1</source>
        <translation>Le texte de la campagne est inutilisable : %1</translation>
    </message>
</context>
<context>
    <name>iq::CampaignReportModel</name>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Undeliverable</source>
        <translation>Impossibles à remettre</translation>
    </message>
    <message>
        <source>Still pending</source>
        <translation>Encore en attente</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyés</translation>
    </message>
    <message>
        <source>Opted out since</source>
        <translation>Désinscrits depuis</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Ont répondu</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
</context>
<context>
    <name>iq::CampaignReportPanel</name>
    <message>
        <source>Campaign report summary</source>
        <translation>Résumé du rapport de campagne</translation>
    </message>
    <message>
        <source>Campaign figures</source>
        <translation>Indicateurs de la campagne</translation>
    </message>
    <message>
        <source>Double-click a figure to list its messages</source>
        <translation>Double-cliquez sur un indicateur pour lister ses messages</translation>
    </message>
    <message>
        <source>Deliveries over time</source>
        <translation>Remises dans le temps</translation>
    </message>
    <message>
        <source>Status breakdown</source>
        <translation>Répartition par état</translation>
    </message>
    <message>
        <source>Failures by reason</source>
        <translation>Échecs par motif</translation>
    </message>
    <message>
        <source>Choose a campaign to see its report.</source>
        <translation>Choisissez une campagne pour voir son rapport.</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>envoyée le %1</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>pas encore envoyée</translation>
    </message>
    <message>
        <source>%1, %2: %3. Opt-outs and replies are counted from the send on, their rates of the messages delivered.</source>
        <translation>%1, %2 : %3. Les désinscriptions et les réponses sont comptées à partir de l&apos;envoi, leurs taux sur les messages remis.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Failed or undeliverable</source>
        <translation>En échec ou impossibles à remettre</translation>
    </message>
    <message>
        <source>No message has been delivered or has failed yet.</source>
        <translation>Aucun message n&apos;a encore été remis ni n&apos;a échoué.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages delivered and failed from %1 to %2, in intervals of %3: %4 delivered and %5 failed. The most deliveries, %6, came in the interval from %7.</source>
        <translation>Messages remis et en échec du %1 au %2, par intervalles de %3 : %4 remis et %5 en échec. Le plus de remises, %6, a eu lieu dans l&apos;intervalle commençant le %7.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>Aucun message.</translation>
    </message>
    <message numerus="yes">
        <source>Status breakdown of %n message(s): </source>
        <translation>
            <numerusform>Répartition par état de %n message : </numerusform>
            <numerusform>Répartition par état de %n messages : </numerusform>
        </translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>aucun code</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>motif inconnu</translation>
    </message>
    <message>
        <source>No message failed.</source>
        <translation>Aucun message n&apos;a échoué.</translation>
    </message>
    <message>
        <source>Failures by reason: %1.</source>
        <translation>Échecs par motif : %1.</translation>
    </message>
</context>
<context>
    <name>iq::CampaignRepository</name>
    <message>
        <source>A campaign needs a name.</source>
        <translation>Une campagne a besoin d’un nom.</translation>
    </message>
    <message>
        <source>A campaign needs an audience: at least one group or contact.</source>
        <translation>Une campagne a besoin d’un public : au moins un groupe ou un contact.</translation>
    </message>
    <message>
        <source>A campaign needs a text or a template.</source>
        <translation>Une campagne a besoin d’un texte ou d’un modèle.</translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; has been sent and can no longer be edited here; pause or cancel it instead.</source>
        <translation>La campagne « %1 » a été envoyée et ne peut plus être modifiée ici ; mettez-la en pause ou annulez-la.</translation>
    </message>
    <message>
        <source>There is no campaign with the id &quot;%1&quot;.</source>
        <translation>Il n’y a aucune campagne avec l’identifiant « %1 ».</translation>
    </message>
    <message>
        <source>The server&apos;s answer for campaign %1 cannot be stored: %2</source>
        <translation>La réponse du serveur pour la campagne %1 ne peut pas être enregistrée : %2</translation>
    </message>
    <message>
        <source>Campaign %1 already has another send key.</source>
        <translation>La campagne %1 a déjà une autre clé d’envoi.</translation>
    </message>
</context>
<context>
    <name>iq::CampaignsPage</name>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Held for quiet hours</source>
        <translation>Retenu pour les heures calmes</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Undeliverable</source>
        <translation>Impossible à remettre</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Ne&amp;w campaign</source>
        <translation>&amp;Nouvelle campagne</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <source>Campaign status</source>
        <translation>État de la campagne</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Brouillon enregistré.</translation>
    </message>
    <message>
        <source>Cancel the campaign?</source>
        <translation>Annuler la campagne ?</translation>
    </message>
    <message>
        <source>Messages not sent yet will not be sent. Messages already sent stay sent.</source>
        <translation>Les messages pas encore envoyés ne le seront pas. Les messages déjà envoyés restent envoyés.</translation>
    </message>
    <message>
        <source>The campaign changed: press Pre-flight to check it again.</source>
        <translation>La campagne a changé : cliquez sur « Contrôle préalable » pour la vérifier à nouveau.</translation>
    </message>
    <message>
        <source>No campaigns yet. A campaign sends one message to the groups you choose, now or at a time you set, and checks first who will get it.</source>
        <translation>Aucune campagne pour l&apos;instant. Une campagne envoie un message aux groupes que vous choisissez, maintenant ou à l&apos;heure que vous fixez, et vérifie d&apos;abord qui le recevra.</translation>
    </message>
    <message>
        <source>Create a campaign</source>
        <translation>Créer une campagne</translation>
    </message>
    <message>
        <source>Delivery summary</source>
        <translation>Résumé de la remise</translation>
    </message>
    <message>
        <source>Messages of the campaign</source>
        <translation>Messages de la campagne</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh the delivery</source>
        <translation>Actualiser la remise</translation>
    </message>
    <message>
        <source>Campaign details</source>
        <translation>Détails de la campagne</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>&amp;Pre-flight</source>
        <translation>Contrôle &amp;préalable</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>&amp;Remise</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Pre-&amp;flight</source>
        <translation>Contrô&amp;le préalable</translation>
    </message>
    <message>
        <source>Pre-flight</source>
        <translation>Contrôle préalable</translation>
    </message>
    <message>
        <source>Sen&amp;d…</source>
        <translation>Envo&amp;yer…</translation>
    </message>
    <message>
        <source>Send or schedule</source>
        <translation>Envoyer ou planifier</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>Mettre en pa&amp;use</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Repren&amp;dre</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>&amp;Cancel campaign</source>
        <translation>Annuler la &amp;campagne</translation>
    </message>
    <message>
        <source>Cancel campaign</source>
        <translation>Annuler la campagne</translation>
    </message>
    <message>
        <source>Create a campaign to check who will get it.</source>
        <translation>Créez une campagne pour vérifier qui la recevra.</translation>
    </message>
    <message>
        <source>Press Pre-flight to see who gets what before anything is sent.</source>
        <translation>Cliquez sur « Contrôle préalable » pour voir qui reçoit quoi avant tout envoi.</translation>
    </message>
    <message>
        <source>Press Pre-flight to see who this campaign is for on this computer&apos;s records.</source>
        <translation>Cliquez sur « Contrôle préalable » pour voir à qui s&apos;adresse cette campagne d&apos;après les données de cet ordinateur.</translation>
    </message>
    <message>
        <source>Sche&amp;dule…</source>
        <translation>Plan&amp;ifier…</translation>
    </message>
    <message>
        <source>New campaign %1</source>
        <translation>Nouvelle campagne %1</translation>
    </message>
    <message>
        <source>Write the message, choose the groups, then press Pre-flight.</source>
        <translation>Rédigez le message, choisissez les groupes, puis cliquez sur « Contrôle préalable ».</translation>
    </message>
    <message>
        <source>Choose at least one group to send to.</source>
        <translation>Choisissez au moins un groupe destinataire.</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>Rédigez d&apos;abord le message.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will get it.</source>
        <translation>
            <numerusform>%n personne la recevra.</numerusform>
            <numerusform>%n personnes la recevront.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the pre-flight first to see who will get it.</source>
        <translation>Lancez d&apos;abord le contrôle préalable pour voir qui la recevra.</translation>
    </message>
    <message>
        <source>It goes out on %1.</source>
        <translation>Elle partira le %1.</translation>
    </message>
    <message>
        <source>It goes out now.</source>
        <translation>Elle part maintenant.</translation>
    </message>
    <message>
        <source>Send &quot;%1&quot;?</source>
        <translation>Envoyer « %1 » ?</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; waits for a connection and goes out as soon as the server can be reached: %2</source>
        <translation>« %1 » attend une connexion et partira dès que le serveur sera joignable : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was handed to the server.</source>
        <translation>« %1 » a été transmise au serveur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now: %2</source>
        <translation>« %1 » est maintenant : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Aucun message pour l&apos;instant.</translation>
    </message>
    <message>
        <source>(As of the last sync: %1)</source>
        <translation>(D&apos;après la dernière synchronisation : %1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(not on this device)</source>
        <translation>(absent de cet appareil)</translation>
    </message>
</context>
<context>
    <name>iq::ColumnMapping</name>
    <message>
        <source>Google Contacts</source>
        <translation>Google Contacts</translation>
    </message>
    <message>
        <source>Google Contacts (legacy Google CSV)</source>
        <translation>Google Contacts (ancien CSV Google)</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <source>Outlook (German)</source>
        <translation>Outlook (allemand)</translation>
    </message>
    <message>
        <source>Outlook (French)</source>
        <translation>Outlook (français)</translation>
    </message>
    <message>
        <source>Mailchimp audience</source>
        <translation>Audience Mailchimp</translation>
    </message>
    <message>
        <source>IQ Messaging export</source>
        <translation>Export IQ Messaging</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>Saved or hand-made mapping</source>
        <translation>Correspondance enregistrée ou manuelle</translation>
    </message>
    <message>
        <source>Plain spreadsheet</source>
        <translation>Tableur simple</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Contact id</source>
        <translation>ID du contact</translation>
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
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Phone label</source>
        <translation>Libellé du téléphone</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>E-mail label</source>
        <translation>Libellé de l&apos;e-mail</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Opted out (any value)</source>
        <translation>Désinscrit (toute valeur)</translation>
    </message>
    <message>
        <source>Subscription status</source>
        <translation>Statut d&apos;abonnement</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Champ personnalisé</translation>
    </message>
    <message>
        <source>This is not a saved column mapping (expected &quot;version&quot;: 1 and &quot;columns&quot;).</source>
        <translation>Ce n&apos;est pas une correspondance de colonnes enregistrée (&quot;version&quot;: 1 et &quot;columns&quot; attendus).</translation>
    </message>
    <message>
        <source>Column %1 of the mapping has an unknown target &quot;%2&quot;.</source>
        <translation>La colonne %1 de la correspondance a une cible inconnue « %2 ».</translation>
    </message>
    <message>
        <source>The row has %1 values but the header names %2 columns; is a value with a comma not quoted?</source>
        <translation>La ligne a %1 valeurs mais l&apos;en-tête nomme %2 colonnes ; une valeur contenant une virgule n&apos;est-elle pas entre guillemets ?</translation>
    </message>
    <message>
        <source>%1: the leading apostrophe a spreadsheet kept was removed.</source>
        <translation>%1 : l&apos;apostrophe initiale laissée par un tableur a été supprimée.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a number a spreadsheet turned into scientific notation; its digits are lost. Format the column as text and export again.</source>
        <translation>%1 : « %2 » est un nombre qu&apos;un tableur a converti en notation scientifique ; ses chiffres sont perdus. Formatez la colonne en texte et exportez de nouveau.</translation>
    </message>
</context>
<context>
    <name>iq::Compliance</name>
    <message>
        <source>Marketing texts must say how to opt out: add {{opt_out}} (&quot;Reply STOP to opt out&quot;).</source>
        <translation>Les messages publicitaires doivent indiquer comment se désinscrire : ajoutez {{opt_out}} (« Répondez STOP pour vous désinscrire »).</translation>
    </message>
    <message>
        <source>The message does not say who sends it: set your business name in the settings and add {{business_name}}.</source>
        <translation>Le message ne dit pas qui l&apos;envoie : indiquez le nom de votre entreprise dans les réglages et ajoutez {{business_name}}.</translation>
    </message>
    <message>
        <source>The message does not say who sends it: add {{business_name}} (%1).</source>
        <translation>Le message ne dit pas qui l&apos;envoie : ajoutez {{business_name}} (%1).</translation>
    </message>
    <message>
        <source>Up to %1 segments per message: carriers may split or drop longer texts, and each segment is billed. Shorten it to %2 or fewer.</source>
        <translation>Au plus %1 segments par message : les opérateurs peuvent découper ou rejeter les textes plus longs, et chaque segment est facturé. Raccourcissez-le à %2 ou moins.</translation>
    </message>
    <message>
        <source>%1 characters: carriers refuse texts over %2 characters.</source>
        <translation>%1 caractères : les opérateurs refusent les textes de plus de %2 caractères.</translation>
    </message>
    <message>
        <source>%1 is a public link shortener; carriers filter messages with such links. Use your own domain.</source>
        <translation>%1 est un raccourcisseur de liens public ; les opérateurs filtrent les messages qui en contiennent. Utilisez votre propre domaine.</translation>
    </message>
    <message>
        <source>%1 recipients would get an empty message (e.g. %2); add a fallback like {{first_name|there}}.</source>
        <translation>%1 destinataires recevraient un message vide (p. ex. %2) ; ajoutez une valeur de repli comme {{first_name|à tous}}.</translation>
    </message>
    <message>
        <source>This recipient would get an empty message; add a fallback like {{first_name|there}}.</source>
        <translation>Ce destinataire recevrait un message vide ; ajoutez une valeur de repli comme {{first_name|à tous}}.</translation>
    </message>
</context>
<context>
    <name>iq::ComposerPage</name>
    <message>
        <source>Compose a message</source>
        <translation>Rédiger un message</translation>
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
        <translation>E-mail (HTML)</translation>
    </message>
    <message>
        <source>E-mail (plain text)</source>
        <translation>E-mail (texte brut)</translation>
    </message>
    <message>
        <source>Voice script</source>
        <translation>Texte vocal</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>&amp;Marketing message</source>
        <translation>&amp;Message publicitaire</translation>
    </message>
    <message>
        <source>Marketing message</source>
        <translation>Message publicitaire</translation>
    </message>
    <message>
        <source>Marketing texts must tell people how to opt out.</source>
        <translation>Les messages publicitaires doivent indiquer comment se désinscrire.</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Pour :</translation>
    </message>
    <message>
        <source>Insert &amp;field</source>
        <translation>Insérer un c&amp;hamp</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Insérer un champ</translation>
    </message>
    <message>
        <source>Insert a recipient&apos;s field, e.g. their first name (Ctrl+Shift+F)</source>
        <translation>Insérer un champ du destinataire, p. ex. son prénom (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <source>S&amp;nippet</source>
        <translation>&amp;Fragment</translation>
    </message>
    <message>
        <source>Insert snippet</source>
        <translation>Insérer un fragment</translation>
    </message>
    <message>
        <source>Insert a saved snippet such as your signature or the opt-out footer</source>
        <translation>Insérer un fragment enregistré, comme votre signature ou la mention de désinscription</translation>
    </message>
    <message>
        <source>Use &amp;plain punctuation</source>
        <translation>Ponctuation &amp;simple</translation>
    </message>
    <message>
        <source>Replace smart punctuation</source>
        <translation>Remplacer la ponctuation typographique</translation>
    </message>
    <message>
        <source>Replace curly quotes, dashes and ellipses with plain ones so the text stays GSM-7 (Ctrl+Shift+P)</source>
        <translation>Remplacer les guillemets, tirets et points de suspension typographiques par des caractères simples pour rester en GSM-7 (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>&amp;Save to library…</source>
        <translation>&amp;Enregistrer dans la bibliothèque…</translation>
    </message>
    <message>
        <source>Save to content library</source>
        <translation>Enregistrer dans la bibliothèque de contenus</translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation>Éco&amp;uter</translation>
    </message>
    <message>
        <source>Listen to the voice message</source>
        <translation>Écouter le message vocal</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>E-mail subject</source>
        <translation>Objet de l&apos;e-mail</translation>
    </message>
    <message>
        <source>News for {{first_name|you}}</source>
        <translation>Des nouvelles pour {{first_name|vous}}</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Modèle de message</translation>
    </message>
    <message>
        <source>Hi {{first_name|there}}, the new MacBook is in at {{business_name}}! {{opt_out}}</source>
        <translation>Bonjour {{first_name|à tous}}, le nouveau MacBook est arrivé chez {{business_name}} ! {{opt_out}}</translation>
    </message>
    <message>
        <source>Problems and warnings</source>
        <translation>Problèmes et avertissements</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous recipient</source>
        <translation>Destinataire précédent</translation>
    </message>
    <message>
        <source>Previous recipient (Alt+Left)</source>
        <translation>Destinataire précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next recipient</source>
        <translation>Destinataire suivant</translation>
    </message>
    <message>
        <source>Next recipient (Alt+Right)</source>
        <translation>Destinataire suivant (Alt+Droite)</translation>
    </message>
    <message>
        <source>Recipient shown</source>
        <translation>Destinataire affiché</translation>
    </message>
    <message>
        <source>Pick a recipient</source>
        <translation>Choisir un destinataire</translation>
    </message>
    <message>
        <source>Pick the recipient to preview</source>
        <translation>Choisir le destinataire à prévisualiser</translation>
    </message>
    <message>
        <source>Preview for this recipient</source>
        <translation>Aperçu pour ce destinataire</translation>
    </message>
    <message>
        <source>Segments and encoding</source>
        <translation>Segments et encodage</translation>
    </message>
    <message>
        <source>Characters that force UCS-2</source>
        <translation>Caractères qui imposent l&apos;UCS-2</translation>
    </message>
    <message>
        <source>Fallbacks used</source>
        <translation>Valeurs de repli utilisées</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Audience summary</source>
        <translation>Résumé des destinataires</translation>
    </message>
    <message>
        <source>Counting the audience</source>
        <translation>Décompte des destinataires</translation>
    </message>
    <message>
        <source>Type a message to see what it costs.</source>
        <translation>Saisissez un message pour voir ce qu&apos;il coûte.</translation>
    </message>
    <message>
        <source>Whole audience</source>
        <translation>Tous les destinataires</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Tous les contacts</translation>
    </message>
    <message>
        <source>No snippets yet: save one from the Content library</source>
        <translation>Aucun fragment pour l&apos;instant : enregistrez-en un depuis la bibliothèque de contenus</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Ann</source>
        <translation>Anne</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Example recipient (no contacts yet)</source>
        <translation>Destinataire d&apos;exemple (aucun contact pour l&apos;instant)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message>
        <source>1 segment · %1 · %2 characters, %3 left in the segment</source>
        <translation>1 segment · %1 · %2 caractères, %3 restants dans le segment</translation>
    </message>
    <message>
        <source>%1 segments · %2 · %3 characters, %4 left in the last segment</source>
        <translation>%1 segments · %2 · %3 caractères, %4 restants dans le dernier segment</translation>
    </message>
    <message>
        <source>All characters fit GSM-7.</source>
        <translation>Tous les caractères tiennent en GSM-7.</translation>
    </message>
    <message>
        <source>UCS-2 (70 characters per segment) because of: %1%2</source>
        <translation>UCS-2 (70 caractères par segment) à cause de : %1%2</translation>
    </message>
    <message>
        <source> — “Use plain punctuation” fixes the quotes and dashes.</source>
        <translation> — « Ponctuation simple » corrige les guillemets et les tirets.</translation>
    </message>
    <message>
        <source>1 character</source>
        <translation>1 caractère</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 caractères</translation>
    </message>
    <message>
        <source>This recipient gets the fallback for: %1</source>
        <translation>Ce destinataire reçoit la valeur de repli pour : %1</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>Fix the template to see what it costs.</source>
        <translation>Corrigez le modèle pour voir ce qu&apos;il coûte.</translation>
    </message>
    <message>
        <source>No recipients yet: add contacts to see what the message costs.</source>
        <translation>Aucun destinataire pour l&apos;instant : ajoutez des contacts pour voir ce que coûte le message.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 recipients · %2 segments in total&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 destinataires · %2 segments au total&lt;/b&gt;</translation>
    </message>
    <message>
        <source>1 segment: %1</source>
        <translation>1 segment : %1</translation>
    </message>
    <message>
        <source>%1 segments: %2</source>
        <translation>%1 segments : %2</translation>
    </message>
    <message>
        <source>%1 go as UCS-2 (70 characters per segment)</source>
        <translation>%1 partent en UCS-2 (70 caractères par segment)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 recipients&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 destinataires&lt;/b&gt;</translation>
    </message>
    <message>
        <source>With a fallback: %1 (%2%3)</source>
        <translation>Avec une valeur de repli : %1 (%2%3)</translation>
    </message>
    <message>
        <source>, …</source>
        <translation>, …</translation>
    </message>
    <message>
        <source>Empty message: %1 (%2)</source>
        <translation>Message vide : %1 (%2)</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <source>Save to the content library</source>
        <translation>Enregistrer dans la bibliothèque de contenus</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
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
        <translation>%1 « %2 »</translation>
    </message>
    <message>
        <source>Deleted on another device, edited here</source>
        <translation>Supprimé sur un autre appareil, modifié ici</translation>
    </message>
    <message>
        <source>Deleted here, edited on another device</source>
        <translation>Supprimé ici, modifié sur un autre appareil</translation>
    </message>
    <message>
        <source>your edit</source>
        <translation>votre modification</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>This device had</source>
        <translation>Sur cet appareil</translation>
    </message>
    <message>
        <source>Kept (server)</source>
        <translation>Conservé (serveur)</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvé</translation>
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
    <name>iq::ConflictsPage</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sync conflicts&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Conflits de synchronisation&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>When this computer and another one changed the same thing, the other change was kept. Review each one: keep it, or put back what this computer had.</source>
        <translation>Quand cet ordinateur et un autre ont modifié la même chose, l&apos;autre modification a été conservée. Examinez chacune : gardez-la ou remettez ce que cet ordinateur avait.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>No conflicts. Everything synced merged cleanly.</source>
        <translation>Aucun conflit. Tout s&apos;est synchronisé sans problème.</translation>
    </message>
    <message>
        <source>&amp;Keep the server&apos;s</source>
        <translation>&amp;Garder celle du serveur</translation>
    </message>
    <message>
        <source>Keep the server&apos;s value</source>
        <translation>Garder la valeur du serveur</translation>
    </message>
    <message>
        <source>&amp;Put mine back</source>
        <translation>&amp;Remettre la mienne</translation>
    </message>
    <message>
        <source>Re-apply this computer&apos;s value</source>
        <translation>Réappliquer la valeur de cet ordinateur</translation>
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
    <name>iq::ConsentActions</name>
    <message>
        <source>A consent record needs its source: where and how the person agreed.</source>
        <translation>Un consentement doit indiquer son origine : où et comment la personne a accepté.</translation>
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
    <name>iq::ContactActions</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>A contact needs a name, an organization, a phone number or an e-mail address.</source>
        <translation>Un contact doit avoir un nom, une entreprise, un numéro de téléphone ou une adresse e-mail.</translation>
    </message>
    <message>
        <source>Language: &quot;%1&quot; is not a language tag such as &quot;de&quot; or &quot;pt-BR&quot;.</source>
        <translation>Langue : « %1 » n’est pas un code de langue comme « de » ou « pt-BR ».</translation>
    </message>
    <message>
        <source>Time zone: &quot;%1&quot; is not a time zone such as &quot;Europe/Berlin&quot;.</source>
        <translation>Fuseau horaire : « %1 » n’est pas un fuseau comme « Europe/Berlin ».</translation>
    </message>
    <message>
        <source>Phone number: %1</source>
        <translation>Numéro de téléphone : %1</translation>
    </message>
    <message>
        <source>Custom field: a field needs a name before its value.</source>
        <translation>Champ personnalisé : un champ a besoin d’un nom avant sa valeur.</translation>
    </message>
    <message>
        <source>Deletion undone</source>
        <translation>Suppression annulée</translation>
    </message>
</context>
<context>
    <name>iq::ContactBrowser</name>
    <message>
        <source>The contact list cannot be indexed.</source>
        <translation>La liste des contacts ne peut pas être indexée.</translation>
    </message>
    <message>
        <source>Reading the contact list failed: %1</source>
        <translation>La lecture de la liste des contacts a échoué : %1</translation>
    </message>
</context>
<context>
    <name>iq::ContactDetailPane</name>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>fixe</translation>
    </message>
    <message>
        <source>mobile or landline</source>
        <translation>mobile ou fixe</translation>
    </message>
    <message>
        <source>toll free</source>
        <translation>numéro gratuit</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Détails du contact</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consent history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historique du consentement&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Historique du consentement</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a contact to see their numbers, groups and consent.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un contact pour voir ses numéros, groupes et consentements.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>No numbers.</source>
        <translation>Aucun numéro.</translation>
    </message>
    <message>
        <source>Invalid, kept as typed: %1</source>
        <translation>Non valide, conservé tel que saisi : %1</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>No e-mail addresses.</source>
        <translation>Aucune adresse e-mail.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>In no group.</source>
        <translation>Dans aucun groupe.</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>(deleted group)</source>
        <translation>(groupe supprimé)</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>keyword reply</source>
        <translation>réponse par mot-clé</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>formulaire web</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>formulaire papier</translation>
    </message>
    <message>
        <source>in person or by phone</source>
        <translation>en personne ou par téléphone</translation>
    </message>
    <message>
        <source>from another device</source>
        <translation>depuis un autre appareil</translation>
    </message>
    <message>
        <source>merged contacts</source>
        <translation>contacts fusionnés</translation>
    </message>
    <message>
        <source>All SMS</source>
        <translation>Tous les SMS</translation>
    </message>
    <message>
        <source>All e-mail</source>
        <translation>Tous les e-mails</translation>
    </message>
    <message>
        <source>All voice calls</source>
        <translation>Tous les appels vocaux</translation>
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
        <translation>Contact</translation>
    </message>
    <message>
        <source>Details or timeline</source>
        <translation>Détails ou chronologie</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Everything between the business and this person, newest first: messages, calls, replies, consent changes, imports and merges.</source>
        <translation>Tout ce qui s&apos;est passé entre l&apos;entreprise et cette personne, du plus récent au plus ancien : messages, appels, réponses, changements de consentement, importations et fusions.</translation>
    </message>
</context>
<context>
    <name>iq::ContactEditorDialog</name>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
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
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Made from the names when empty</source>
        <translation>Formé à partir des noms s&apos;il est vide</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>&amp;Middle name:</source>
        <translation>Deu&amp;xième prénom :</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom &amp;affiché :</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>Add &amp;number</source>
        <translation>Ajouter un &amp;numéro</translation>
    </message>
    <message>
        <source>Add a phone number</source>
        <translation>Ajouter un numéro de téléphone</translation>
    </message>
    <message>
        <source>Add &amp;e-mail</source>
        <translation>Ajouter un &amp;e-mail</translation>
    </message>
    <message>
        <source>Add an e-mail address</source>
        <translation>Ajouter une adresse e-mail</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add &amp;field</source>
        <translation>Ajouter un &amp;champ</translation>
    </message>
    <message>
        <source>Add a custom field</source>
        <translation>Ajouter un champ personnalisé</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>What needs fixing</source>
        <translation>Ce qu&apos;il faut corriger</translation>
    </message>
    <message>
        <source>&lt;b&gt;Phone numbers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Numéros de téléphone&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;E-mail addresses&lt;/b&gt;</source>
        <translation>&lt;b&gt;Adresses e-mail&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Custom fields&lt;/b&gt;</source>
        <translation>&lt;b&gt;Champs personnalisés&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Give a name, an organization, a phone number or an e-mail address.</source>
        <translation>Indiquez un nom, une organisation, un numéro de téléphone ou une adresse e-mail.</translation>
    </message>
</context>
<context>
    <name>iq::ContactEdits</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Removal undone</source>
        <translation>Retrait annulé</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Supprimer %n contact</numerusform>
            <numerusform>Supprimer %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n contact(s) to %1</source>
        <translation>
            <numerusform>Ajouter %n contact à %1</numerusform>
            <numerusform>Ajouter %n contacts à %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n contact(s) from %1</source>
        <translation>
            <numerusform>Retirer %n contact de %1</numerusform>
            <numerusform>Retirer %n contacts de %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iq::ContactExportTask</name>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Feuille de calcul CSV (*.csv)</translation>
    </message>
    <message>
        <source>vCard 4.0 (*.vcf)</source>
        <translation>vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exporter les contacts</translation>
    </message>
    <message>
        <source>Exporting contacts to %1…</source>
        <translation>Exportation des contacts vers %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message>
        <source>There are no contacts to export in this list.</source>
        <translation>Cette liste ne contient aucun contact à exporter.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>%n contact exporté vers %1.</numerusform>
            <numerusform>%n contacts exportés vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iq::ContactExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Impossible d&apos;écrire l&apos;export : %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;export a été annulé.</translation>
    </message>
    <message>
        <source>The SQLite driver gave no native handle.</source>
        <translation>Le pilote SQLite n&apos;a fourni aucun descripteur natif.</translation>
    </message>
    <message>
        <source>Cannot read the contacts to export: %1</source>
        <translation>Impossible de lire les contacts à exporter : %1</translation>
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
        <translation>Organisation</translation>
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
    <message>
        <source>the database is not open</source>
        <translation>la base de données n’est pas ouverte</translation>
    </message>
</context>
<context>
    <name>iq::ContactFilterBar</name>
    <message>
        <source>Search names, numbers and e-mails (Ctrl+F)</source>
        <translation>Rechercher noms, numéros et e-mails (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <source>Filter by group</source>
        <translation>Filtrer par groupe</translation>
    </message>
    <message>
        <source>Filter by consent</source>
        <translation>Filtrer par consentement</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>Tout consentement</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
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
    <name>iq::ContactMerger</name>
    <message>
        <source>A contact cannot be merged with itself.</source>
        <translation>Un contact ne peut pas être fusionné avec lui-même.</translation>
    </message>
    <message>
        <source>merged with %1 (%2)</source>
        <translation>fusionné avec %1 (%2)</translation>
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
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
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
    <name>iq::ContactTimelineModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
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
    <message>
        <source>No contacts yet. Add one with New contact (Ctrl+N), import a file with File &gt; Import contacts (Ctrl+I) or by dropping it here, or use “iqm contacts add”; they appear here at once.</source>
        <translation>Aucun contact pour l&apos;instant. Ajoutez-en un avec Nouveau contact (Ctrl+N), importez un fichier avec Fichier &gt; Importer des contacts (Ctrl+I) ou en le déposant ici, ou utilisez « iqm contacts add » ; ils apparaissent ici aussitôt.</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Contact actions</source>
        <translation>Actions sur les contacts</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Import contacts from a CSV or vCard file (Ctrl+I), or drop the file here</source>
        <translation>Importer des contacts depuis un fichier CSV ou vCard (Ctrl+I), ou déposer le fichier ici</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exporter les contacts</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Nouveau contact…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Add to group…</source>
        <translation>Ajouter au groupe…</translation>
    </message>
    <message>
        <source>Remove from group…</source>
        <translation>Retirer du groupe…</translation>
    </message>
    <message>
        <source>Opt out…</source>
        <translation>Désinscrire…</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Enregistrer un consentement…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>Trouver les doublons…</translation>
    </message>
    <message>
        <source>Export all contacts…</source>
        <translation>Exporter tous les contacts…</translation>
    </message>
    <message>
        <source>Export the contacts shown…</source>
        <translation>Exporter les contacts affichés…</translation>
    </message>
    <message>
        <source>Export the contacts the search and filters list</source>
        <translation>Exporter les contacts qu&apos;affichent la recherche et les filtres</translation>
    </message>
    <message numerus="yes">
        <source>%n matching contact(s)</source>
        <translation>
            <numerusform>%n contact correspondant</numerusform>
            <numerusform>%n contacts correspondants</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Retirer du groupe</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n contact(s) from:</source>
        <translation>
            <numerusform>Retirer %n contact de :</numerusform>
            <numerusform>Retirer %n contacts de :</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the contacts to merge: %1</source>
        <translation>Impossible de lire les contacts à fusionner : %1</translation>
    </message>
    <message>
        <source>Could not merge the contacts: %1</source>
        <translation>Impossible de fusionner les contacts : %1</translation>
    </message>
    <message>
        <source>contacts-selection</source>
        <translation>contacts-selection</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
</context>
<context>
    <name>iq::ContentLibraryPage</name>
    <message>
        <source>Content library</source>
        <translation>Bibliothèque de contenus</translation>
    </message>
    <message>
        <source>Show kind</source>
        <translation>Type affiché</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Show tag</source>
        <translation>Étiquette affichée</translation>
    </message>
    <message>
        <source>Saved content</source>
        <translation>Contenus enregistrés</translation>
    </message>
    <message>
        <source>Library status</source>
        <translation>État de la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Open in composer</source>
        <translation>&amp;Ouvrir dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>Open in composer</source>
        <translation>Ouvrir dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Annuler la suppression</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>&amp;Play recording</source>
        <translation>&amp;Lire l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Play recording</source>
        <translation>Lire l&apos;enregistrement</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Nothing saved yet: write a message in Compose and press “Save to library”.</source>
        <translation>Rien d&apos;enregistré pour l&apos;instant : rédigez un message dans « Rédiger » et cliquez sur « Enregistrer dans la bibliothèque ».</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 élément</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 éléments</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>« %1 » supprimé.</translation>
    </message>
    <message>
        <source>Restored “%1”.</source>
        <translation>« %1 » restauré.</translation>
    </message>
</context>
<context>
    <name>iq::ContentListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>iq::ContentRepository</name>
    <message>
        <source>There is no saved content with the id &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de contenu enregistré avec l&apos;identifiant « %1 ».</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Snippet</source>
        <translation>Fragment</translation>
    </message>
    <message>
        <source>Give the content a name.</source>
        <translation>Donnez un nom au contenu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters; shorten it.</source>
        <translation>« %1 » dépasse %2 caractères ; raccourcissez-le.</translation>
    </message>
    <message>
        <source>The snippet &quot;%1&quot; does not parse: %2</source>
        <translation>Le fragment « %1 » est mal formé : %2</translation>
    </message>
    <message>
        <source>The media file %1 is not in this profile.</source>
        <translation>Le fichier multimédia %1 n&apos;est pas dans ce profil.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copie %2)</translation>
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
    <name>iq::DemoServer</name>
    <message>
        <source>The demo needs the IQ Messaging server (iqmsgd), which is not installed.</source>
        <translation>La démo a besoin du serveur IQ Messaging (iqmsgd), qui n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>The demo server did not start: %1</source>
        <translation>Le serveur de démo n&apos;a pas démarré : %1</translation>
    </message>
</context>
<context>
    <name>iq::DuplicatePairsModel</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Both contacts have this number or e-mail address.</source>
        <translation>Les deux contacts ont ce numéro ou cette adresse e-mail.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Likely the same person</source>
        <translation>Probablement la même personne</translation>
    </message>
    <message>
        <source>Shared number or e-mail</source>
        <translation>Numéro ou e-mail commun</translation>
    </message>
</context>
<context>
    <name>iq::DuplicatesDialog</name>
    <message>
        <source>Likely duplicates</source>
        <translation>Doublons probables</translation>
    </message>
    <message>
        <source>These contacts share a phone number or an e-mail address. Merge the ones that are the same person; leave the others as they are.</source>
        <translation>Ces contacts partagent un numéro ou une adresse e-mail. Fusionnez ceux qui sont la même personne ; laissez les autres tels quels.</translation>
    </message>
    <message>
        <source>Duplicate search status</source>
        <translation>État de la recherche de doublons</translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation>Recherche de doublons</translation>
    </message>
    <message>
        <source>Likely duplicate contacts</source>
        <translation>Contacts probablement en double</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Merge the selected pair</source>
        <translation>Fusionner la paire sélectionnée</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Looking for contacts that share a number or an e-mail address…</source>
        <translation>Recherche des contacts partageant un numéro ou une adresse e-mail…</translation>
    </message>
    <message>
        <source>Could not look for duplicates: %1</source>
        <translation>Impossible de rechercher les doublons : %1</translation>
    </message>
    <message>
        <source>No likely duplicates: every number and e-mail address belongs to one contact.</source>
        <translation>Aucun doublon probable : chaque numéro et adresse e-mail appartient à un seul contact.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of contacts share a number or an e-mail address.</source>
        <translation>
            <numerusform>%n paire de contacts partage un numéro ou une adresse e-mail.</numerusform>
            <numerusform>%n paires de contacts partagent un numéro ou une adresse e-mail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iq::EmailRow</name>
    <message>
        <source>personal</source>
        <translation>personnel</translation>
    </message>
    <message>
        <source>work</source>
        <translation>travail</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>E-mail label</source>
        <translation>Libellé de l&apos;e-mail</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this e-mail address</source>
        <translation>Retirer cette adresse e-mail</translation>
    </message>
</context>
<context>
    <name>iq::GroupActions</name>
    <message>
        <source>Opting in needs a source: say where the consent came from.</source>
        <translation>Un consentement a besoin d’une source : indiquez d’où il vient.</translation>
    </message>
</context>
<context>
    <name>iq::GroupMembersModel</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
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
    <name>iq::GroupsModel</name>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Inscrit</translation>
    </message>
</context>
<context>
    <name>iq::GroupsPage</name>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Members of the group</source>
        <translation>Membres du groupe</translation>
    </message>
    <message>
        <source>Search contacts to add</source>
        <translation>Rechercher des contacts à ajouter</translation>
    </message>
    <message>
        <source>Find contacts to add</source>
        <translation>Trouver des contacts à ajouter</translation>
    </message>
    <message>
        <source>Contacts to add</source>
        <translation>Contacts à ajouter</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Group actions</source>
        <translation>Actions sur les groupes</translation>
    </message>
    <message>
        <source>Member actions</source>
        <translation>Actions sur les membres</translation>
    </message>
    <message>
        <source>Picker actions</source>
        <translation>Actions du sélecteur</translation>
    </message>
    <message>
        <source>Add contacts</source>
        <translation>Ajouter des contacts</translation>
    </message>
    <message>
        <source>Drag contacts onto a group or the member list, or select them and press Add to group.</source>
        <translation>Faites glisser des contacts sur un groupe ou la liste des membres, ou sélectionnez-les et cliquez sur Ajouter au groupe.</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Nouveau groupe…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Describe…</source>
        <translation>Décrire…</translation>
    </message>
    <message>
        <source>Delete group…</source>
        <translation>Supprimer le groupe…</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>Ajouter au groupe</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Retirer du groupe</translation>
    </message>
    <message>
        <source>Export group…</source>
        <translation>Exporter le groupe…</translation>
    </message>
    <message>
        <source>Export the members of this group to CSV or vCard</source>
        <translation>Exporter les membres de ce groupe en CSV ou vCard</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>Name of the new group:</source>
        <translation>Nom du nouveau groupe :</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Renommer le groupe</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Describe group</source>
        <translation>Décrire le groupe</translation>
    </message>
    <message>
        <source>What the group is for:</source>
        <translation>À quoi sert le groupe :</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Supprimer le groupe</translation>
    </message>
    <message>
        <source>Delete the group “%1”? Its contacts stay; only the group and its memberships go. The consent history is kept.</source>
        <translation>Supprimer le groupe « %1 » ? Ses contacts restent ; seuls le groupe et ses adhésions disparaissent. L&apos;historique du consentement est conservé.</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Membres de %1</translation>
    </message>
    <message>
        <source>Added on the Groups page</source>
        <translation>Ajouté depuis la page Groupes</translation>
    </message>
</context>
<context>
    <name>iq::HistoryExportTask</name>
    <message>
        <source>Exporting the history to %1…</source>
        <translation>Exportation de l&apos;historique vers %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exporter l&apos;historique</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n ligne exportée vers %1.</numerusform>
            <numerusform>%n lignes exportées vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iq::HistoryFilterBar</name>
    <message>
        <source>Any date</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <source>Campaign filter</source>
        <translation>Filtre de campagne</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre d&apos;état</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>Filtre de résultat</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>Filtre de canal</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Rechercher dans l&apos;historique</translation>
    </message>
    <message>
        <source>Search name, number, address or text</source>
        <translation>Rechercher un nom, un numéro, une adresse ou un texte</translation>
    </message>
    <message>
        <source>Search name or number</source>
        <translation>Rechercher un nom ou un numéro</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Effa&amp;cer les filtres</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Failed or undeliverable</source>
        <translation>Échec ou impossible à remettre</translation>
    </message>
    <message>
        <source>Sent, not confirmed yet</source>
        <translation>Envoyé, pas encore confirmé</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Held for quiet hours</source>
        <translation>Retenu pour les heures calmes</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Any call</source>
        <translation>Tout appel</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Left on voicemail</source>
        <translation>Laissé sur la messagerie</translation>
    </message>
    <message>
        <source>Not answered or busy</source>
        <translation>Sans réponse ou occupé</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Toutes les campagnes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Error %1 ✕</source>
        <translation>Erreur %1 ✕</translation>
    </message>
    <message>
        <source>Only messages that failed with: %1. Press to show every error again.</source>
        <translation>Uniquement les messages en échec pour : %1. Cliquez pour afficher à nouveau toutes les erreurs.</translation>
    </message>
    <message>
        <source>Error filter: %1. Press to remove it</source>
        <translation>Filtre d&apos;erreur : %1. Cliquez pour le retirer</translation>
    </message>
</context>
<context>
    <name>iq::HistoryModel</name>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Held for quiet hours</source>
        <translation>Retenu pour les heures calmes</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Undeliverable</source>
        <translation>Impossible à remettre</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Error code %1</source>
        <translation>Code d&apos;erreur %1</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (code %2)</translation>
    </message>
    <message>
        <source>(no contact)</source>
        <translation>(aucun contact)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>iq::HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the list shown as CSV</source>
        <translation>Exporter la liste affichée en CSV</translation>
    </message>
    <message>
        <source>Number of rows</source>
        <translation>Nombre de lignes</translation>
    </message>
    <message>
        <source>Messages or calls</source>
        <translation>Messages ou appels</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Messages</translation>
    </message>
    <message>
        <source>Ca&amp;lls</source>
        <translation>Appe&amp;ls</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>État de l&apos;historique</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n appel</numerusform>
            <numerusform>%n appels</numerusform>
        </translation>
    </message>
    <message>
        <source>calls</source>
        <translation>appels</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>messages</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exporter l&apos;historique</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Feuille de calcul CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>iq::ImportEngine</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Import problem</source>
        <translation>Problème d&apos;import</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>L&apos;import a été annulé ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>There is no import with id %1.</source>
        <translation>Il n&apos;y a aucun import avec l&apos;ID %1.</translation>
    </message>
    <message>
        <source>Import %1 was already rolled back on %2.</source>
        <translation>L&apos;import %1 a déjà été annulé le %2.</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation>import de %1</translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation>, ligne %1</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; looks like %2 with its leading zero lost, as spreadsheets do with numbers; format the column as text and export again.</source>
        <translation>Le téléphone « %1 » ressemble à %2 sans son zéro initial, comme le font les tableurs avec les nombres ; formatez la colonne en texte et exportez de nouveau.</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; is not a valid number for region %2.</source>
        <translation>Le téléphone « %1 » n&apos;est pas un numéro valide pour la région %2.</translation>
    </message>
    <message>
        <source>E-mail &quot;%1&quot; is not an e-mail address.</source>
        <translation>L&apos;e-mail « %1 » n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>The row has no name, organization, phone number or e-mail address.</source>
        <translation>La ligne n&apos;a ni nom, ni organisation, ni numéro de téléphone, ni adresse e-mail.</translation>
    </message>
    <message>
        <source>opt-out column of %1, line %2</source>
        <translation>colonne de désinscription de %1, ligne %2</translation>
    </message>
    <message>
        <source>Same phone number (%1) as line %2 of the file.</source>
        <translation>Même numéro de téléphone (%1) que la ligne %2 du fichier.</translation>
    </message>
    <message>
        <source>Same e-mail address (%1) as line %2 of the file.</source>
        <translation>Même adresse e-mail (%1) que la ligne %2 du fichier.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>phone number %1</source>
        <translation>numéro de téléphone %1</translation>
    </message>
    <message>
        <source>e-mail address %1</source>
        <translation>adresse e-mail %1</translation>
    </message>
    <message>
        <source>Already in the profile (matched by %1).</source>
        <translation>Déjà dans le profil (correspondance par %1).</translation>
    </message>
    <message>
        <source>Already in the profile (matched by %1); skipped as asked.</source>
        <translation>Déjà dans le profil (correspondance par %1) ; ignoré comme demandé.</translation>
    </message>
    <message>
        <source>Matched by %1.</source>
        <translation>Correspondance par %1.</translation>
    </message>
    <message>
        <source>Opted out in the profile: stays opted out.</source>
        <translation>Désinscrit dans le profil : reste désinscrit.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Exists, skipped</source>
        <translation>Existe déjà, ignoré</translation>
    </message>
    <message>
        <source>Duplicate in file</source>
        <translation>Doublon dans le fichier</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
</context>
<context>
    <name>iq::ImportFilePage</name>
    <message>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <source>A CSV file saved from a spreadsheet, Google Contacts, Outlook or Mailchimp, or a vCard file from a phone. Nothing changes in your contacts until the last step.</source>
        <translation>Un fichier CSV enregistré depuis un tableur, Google Contacts, Outlook ou Mailchimp, ou un fichier vCard issu d&apos;un téléphone. Rien ne change dans vos contacts avant la dernière étape.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Path of a .csv, .txt or .vcf file</source>
        <translation>Chemin d&apos;un fichier .csv, .txt ou .vcf</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>You can also drop a file on this window or on the Contacts page.</source>
        <translation>Vous pouvez aussi déposer un fichier sur cette fenêtre ou sur la page Contacts.</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Astuce</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>ce fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.txt *.tsv *.vcf *.vcard);;CSV files (*.csv *.txt *.tsv);;vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>Fichiers de contacts (*.csv *.txt *.tsv *.vcf *.vcard);;Fichiers CSV (*.csv *.txt *.tsv);;Fichiers vCard (*.vcf *.vcard);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>iq::ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Historique des importations</translation>
    </message>
    <message>
        <source>Every import, newest first. Undoing one removes the contacts it created, restores those it updated and takes people out of the groups it added them to.</source>
        <translation>Toutes les importations, de la plus récente à la plus ancienne. En annuler une supprime les contacts qu&apos;elle a créés, restaure ceux qu&apos;elle a mis à jour et retire les personnes des groupes où elle les a ajoutées.</translation>
    </message>
    <message>
        <source>Past imports</source>
        <translation>Importations passées</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation>&amp;Annuler l&apos;importation…</translation>
    </message>
    <message>
        <source>Undo the selected import</source>
        <translation>Annuler l&apos;importation sélectionnée</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Undo the import of %1 from %2? Contacts it created are removed, even if you edited them since.</source>
        <translation>Annuler l&apos;importation de %1 du %2 ? Les contacts qu&apos;elle a créés sont supprimés, même si vous les avez modifiés depuis.</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 invalid</source>
        <translation>%1 créé(s), %2 mis à jour, %3 non valide(s)</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Aucune importation pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Annulation de l&apos;importation…</translation>
    </message>
    <message>
        <source>Undo progress</source>
        <translation>Progression de l’annulation</translation>
    </message>
</context>
<context>
    <name>iq::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Faire correspondre les colonnes</translation>
    </message>
    <message>
        <source>Where each column of the file goes. Change any of them; columns you skip are not imported, custom fields keep the column under its own name.</source>
        <translation>La destination de chaque colonne du fichier. Modifiez celles que vous voulez ; les colonnes ignorées ne sont pas importées, les champs personnalisés gardent la colonne sous son propre nom.</translation>
    </message>
    <message>
        <source>Recognized format</source>
        <translation>Format reconnu</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>&amp;Charger une correspondance…</translation>
    </message>
    <message>
        <source>Load a saved mapping</source>
        <translation>Charger une correspondance enregistrée</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Enregistrer la correspondance…</translation>
    </message>
    <message>
        <source>Save this mapping</source>
        <translation>Enregistrer cette correspondance</translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation>Enregistrer la correspondance des colonnes</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>Correspondances de colonnes (*.json)</translation>
    </message>
    <message>
        <source>Load a column mapping</source>
        <translation>Charger une correspondance de colonnes</translation>
    </message>
    <message>
        <source>Column mappings (*.json);;All files (*)</source>
        <translation>Correspondances de colonnes (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Recognized format: %1.</source>
        <translation>Format reconnu : %1.</translation>
    </message>
    <message>
        <source>Changed by hand.</source>
        <translation>Modifié manuellement.</translation>
    </message>
    <message>
        <source>Import column “%1” as</source>
        <translation>Importer la colonne « %1 » comme</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>Libellé : %1</translation>
    </message>
    <message>
        <source>Cannot save the mapping to %1: %2.</source>
        <translation>Impossible d&apos;enregistrer la correspondance dans %1 : %2.</translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: %2.</source>
        <translation>Impossible de lire la correspondance %1 : %2.</translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: it is not a saved mapping (%2).</source>
        <translation>Impossible de lire la correspondance %1 : ce n&apos;est pas une correspondance enregistrée (%2).</translation>
    </message>
    <message>
        <source>Cannot use the mapping %1: %2</source>
        <translation>Impossible d&apos;utiliser la correspondance %1 : %2</translation>
    </message>
</context>
<context>
    <name>iq::ImportOptionsPage</name>
    <message>
        <source>Choose how to import</source>
        <translation>Choisir comment importer</translation>
    </message>
    <message>
        <source>These apply to every person in the file. The next step shows exactly what will happen before anything changes.</source>
        <translation>Ces réglages s&apos;appliquent à chaque personne du fichier. L&apos;étape suivante montre exactement ce qui va se passer avant que rien ne change.</translation>
    </message>
    <message>
        <source>Default region for phone numbers</source>
        <translation>Région par défaut des numéros de téléphone</translation>
    </message>
    <message>
        <source>Two letters, such as US, GB or DE: the country of numbers written without +country code.</source>
        <translation>Deux lettres, comme US, GB ou DE : le pays des numéros écrits sans +indicatif du pays.</translation>
    </message>
    <message>
        <source>People already in your contacts (same number or e-mail)</source>
        <translation>Personnes déjà dans vos contacts (même numéro ou e-mail)</translation>
    </message>
    <message>
        <source>People already in your contacts</source>
        <translation>Personnes déjà dans vos contacts</translation>
    </message>
    <message>
        <source>&amp;Skip them: keep your contacts as they are</source>
        <translation>&amp;Ignorer : vos contacts restent tels quels</translation>
    </message>
    <message>
        <source>Skip people already in your contacts</source>
        <translation>Ignorer les personnes déjà dans vos contacts</translation>
    </message>
    <message>
        <source>&amp;Fill in what is missing: the file only fills empty fields</source>
        <translation>&amp;Compléter ce qui manque : le fichier ne remplit que les champs vides</translation>
    </message>
    <message>
        <source>Fill in empty fields of people already in your contacts</source>
        <translation>Compléter les champs vides des personnes déjà dans vos contacts</translation>
    </message>
    <message>
        <source>&amp;Overwrite: the file&apos;s values replace yours</source>
        <translation>É&amp;craser : les valeurs du fichier remplacent les vôtres</translation>
    </message>
    <message>
        <source>Overwrite people already in your contacts</source>
        <translation>Écraser les personnes déjà dans vos contacts</translation>
    </message>
    <message>
        <source>Add everyone to these groups</source>
        <translation>Ajouter tout le monde à ces groupes</translation>
    </message>
    <message>
        <source>Group names separated by commas, e.g. Mac Users, Newsletter</source>
        <translation>Noms de groupes séparés par des virgules, p. ex. Utilisateurs Mac, Newsletter</translation>
    </message>
    <message>
        <source>Consent to record</source>
        <translation>Consentement à enregistrer</translation>
    </message>
    <message>
        <source>Unknown: record no consent</source>
        <translation>Inconnu : n&apos;enregistrer aucun consentement</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Pending confirmation</source>
        <translation>Confirmation en attente</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Désinscrit</translation>
    </message>
    <message>
        <source>Where the consent came from</source>
        <translation>Origine du consentement</translation>
    </message>
    <message>
        <source>e.g. paper sign-up sheet, March 2026</source>
        <translation>p. ex. feuille d&apos;inscription papier, mars 2026</translation>
    </message>
    <message>
        <source>People your contacts hold as opted out stay opted out, whatever the file says; the file&apos;s own unsubscribe columns are honoured.</source>
        <translation>Les personnes désinscrites dans vos contacts restent désinscrites, quoi que dise le fichier ; les colonnes de désinscription du fichier sont respectées.</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>Région par &amp;défaut :</translation>
    </message>
    <message>
        <source>Add to &amp;groups:</source>
        <translation>Ajouter aux &amp;groupes :</translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation>&amp;Consentement :</translation>
    </message>
    <message>
        <source>Consent &amp;source:</source>
        <translation>&amp;Origine du consentement :</translation>
    </message>
    <message>
        <source>The default region is two letters, such as US or DE.</source>
        <translation>La région par défaut s&apos;écrit en deux lettres, comme US ou DE.</translation>
    </message>
    <message>
        <source>Say where the consent came from (for example “paper sign-up sheet, March 2026”), or choose Unknown.</source>
        <translation>Indiquez l&apos;origine du consentement (par exemple « feuille d&apos;inscription papier, mars 2026 ») ou choisissez Inconnu.</translation>
    </message>
</context>
<context>
    <name>iq::ImportPlanModel</name>
    <message>
        <source>opted out</source>
        <translation>désinscrit</translation>
    </message>
    <message>
        <source>changes %1</source>
        <translation>modifie %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Adresses e-mail</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Reason or changes</source>
        <translation>Raison ou modifications</translation>
    </message>
</context>
<context>
    <name>iq::ImportPlanPage</name>
    <message>
        <source>Check the plan</source>
        <translation>Vérifier le plan</translation>
    </message>
    <message>
        <source>What will happen to each row of the file. Nothing has changed yet: press Import to do it, or go back to change the mapping or the options.</source>
        <translation>Ce qui arrivera à chaque ligne du fichier. Rien n&apos;a encore changé : cliquez sur Importer pour l&apos;appliquer, ou revenez en arrière pour modifier la correspondance ou les options.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Planning progress</source>
        <translation>Progression de la planification</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Résumé du plan</translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation>Afficher : %1</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Plan, row by row</source>
        <translation>Plan, ligne par ligne</translation>
    </message>
    <message>
        <source>The selected row</source>
        <translation>La ligne sélectionnée</translation>
    </message>
    <message>
        <source>Select a row to read the whole reason.</source>
        <translation>Sélectionnez une ligne pour lire la raison complète.</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Ligne %1, %2 : %3</translation>
    </message>
    <message>
        <source>nothing to add</source>
        <translation>rien à ajouter</translation>
    </message>
    <message>
        <source>Reading the whole file and comparing it with your contacts…</source>
        <translation>Lecture du fichier entier et comparaison avec vos contacts…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n row(s).</source>
        <translation>
            <numerusform>%1 (%2) : %n ligne.</numerusform>
            <numerusform>%1 (%2) : %n lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 will be recorded as opted out.</source>
        <translation>Seront enregistrés comme désinscrits : %1.</translation>
    </message>
    <message>
        <source>%1 note(s) worth a look in the last column.</source>
        <translation>%1 remarque(s) à examiner dans la dernière colonne.</translation>
    </message>
    <message>
        <source>The table lists the first %1 rows of each kind; the counts cover every row.</source>
        <translation>Le tableau liste les %1 premières lignes de chaque type ; les totaux couvrent toutes les lignes.</translation>
    </message>
    <message>
        <source>Importing would change no contact.</source>
        <translation>L&apos;importation ne modifierait aucun contact.</translation>
    </message>
</context>
<context>
    <name>iq::ImportPreviewPage</name>
    <message>
        <source>Check how the file reads</source>
        <translation>Vérifier la lecture du fichier</translation>
    </message>
    <message>
        <source>The first rows as they will be read. If letters look wrong, choose another encoding; if everything sits in one column, choose another delimiter.</source>
        <translation>Les premières lignes telles qu&apos;elles seront lues. Si des lettres s&apos;affichent mal, choisissez un autre encodage ; si tout tient dans une seule colonne, choisissez un autre séparateur.</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>Comme détecté</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Barre verticale ( | )</translation>
    </message>
    <message>
        <source>First row holds &amp;column names</source>
        <translation>La première ligne contient les &amp;noms de colonnes</translation>
    </message>
    <message>
        <source>First row holds column names</source>
        <translation>La première ligne contient les noms de colonnes</translation>
    </message>
    <message>
        <source>How the file was read</source>
        <translation>Comment le fichier a été lu</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>As detected: %1</source>
        <translation>Comme détecté : %1</translation>
    </message>
    <message numerus="yes">
        <source>A vCard file: each card is one person. The first %n card(s):</source>
        <translation>
            <numerusform>Un fichier vCard : chaque carte est une personne. Aperçu de %n carte :</numerusform>
            <numerusform>Un fichier vCard : chaque carte est une personne. Les %n premières cartes :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read as %1%2, fields separated by %3, %4. The first %n row(s):</source>
        <translation>
            <numerusform>Lu en %1%2, champs séparés par %3, %4. Aperçu de %n ligne :</numerusform>
            <numerusform>Lu en %1%2, champs séparés par %3, %4. Les %n premières lignes :</numerusform>
        </translation>
    </message>
    <message>
        <source>column names in the first row</source>
        <translation>noms de colonnes dans la première ligne</translation>
    </message>
    <message>
        <source>no row of column names</source>
        <translation>aucune ligne de noms de colonnes</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
</context>
<context>
    <name>iq::ImportResultPage</name>
    <message>
        <source>Importing</source>
        <translation>Importation en cours</translation>
    </message>
    <message>
        <source>Your contacts change in one step: a cancelled import changes nothing.</source>
        <translation>Vos contacts changent en une seule étape : une importation annulée ne change rien.</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>État de l&apos;importation</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Rapport d&apos;importation</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Enregistrer les lignes refusées…</translation>
    </message>
    <message>
        <source>Save the rejected rows as CSV</source>
        <translation>Enregistrer les lignes refusées en CSV</translation>
    </message>
    <message>
        <source>The rows that were not imported, with a column saying why: fix them in a spreadsheet and import that file.</source>
        <translation>Les lignes non importées, avec une colonne qui en donne la raison : corrigez-les dans un tableur et importez ce fichier.</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>&amp;Annuler cette importation</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Annuler cette importation</translation>
    </message>
    <message>
        <source>Removes the contacts this import created and restores those it updated.</source>
        <translation>Supprime les contacts créés par cette importation et restaure ceux qu&apos;elle a mis à jour.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Enregistrer les lignes refusées</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Annulation de l&apos;importation…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Importation non effectuée</translation>
    </message>
    <message>
        <source>Imported %1. To undo it later, use File &gt; Import history.</source>
        <translation>%1 importé. Pour annuler plus tard, utilisez Fichier &gt; Historique des importations.</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Already up to date</source>
        <translation>Déjà à jour</translation>
    </message>
    <message>
        <source>Already in your contacts, skipped</source>
        <translation>Déjà dans vos contacts, ignorés</translation>
    </message>
    <message>
        <source>Repeated in the file</source>
        <translation>En double dans le fichier</translation>
    </message>
    <message>
        <source>Invalid, not imported</source>
        <translation>Non valides, non importés</translation>
    </message>
    <message>
        <source>Group memberships added</source>
        <translation>Appartenances à des groupes ajoutées</translation>
    </message>
    <message>
        <source>Recorded as opted out</source>
        <translation>Enregistrés comme désinscrits</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save %n rejected row(s)…</source>
        <translation>
            <numerusform>&amp;Enregistrer %n ligne refusée…</numerusform>
            <numerusform>&amp;Enregistrer %n lignes refusées…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the rejected rows to %1: %2.</source>
        <translation>Impossible d&apos;enregistrer les lignes refusées dans %1 : %2.</translation>
    </message>
    <message>
        <source>Saved the rejected rows to %1.</source>
        <translation>Lignes refusées enregistrées dans %1.</translation>
    </message>
    <message>
        <source>Saving the contacts and indexing them for search…</source>
        <translation>Enregistrement des contacts et indexation pour la recherche…</translation>
    </message>
</context>
<context>
    <name>iq::ImportSource</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Adresses e-mail</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
</context>
<context>
    <name>iq::ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Import contacts wizard</source>
        <translation>Assistant d&apos;importation de contacts</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The import was rolled back: %1 contacts removed, %2 restored as they were, %3 group memberships removed.</source>
        <translation>L&apos;importation a été annulée : %1 contacts supprimés, %2 restaurés tels qu&apos;ils étaient, %3 appartenances à des groupes retirées.</translation>
    </message>
</context>
<context>
    <name>iq::ImportWriter</name>
    <message>
        <source>The SQLite driver gave no native handle.</source>
        <translation>Le pilote SQLite n&apos;a fourni aucun descripteur natif.</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 a échoué</translation>
    </message>
</context>
<context>
    <name>iq::KeyboardShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Chercher un raccourci</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Fermer</translation>
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
    <message>
        <source>Storing a phone number</source>
        <translation>Enregistrement d’un numéro de téléphone</translation>
    </message>
    <message>
        <source>Storing an e-mail address</source>
        <translation>Enregistrement d’une adresse e-mail</translation>
    </message>
    <message>
        <source>Storing the %1 record</source>
        <translation>Enregistrement de l’enregistrement %1</translation>
    </message>
    <message>
        <source>Storing a contact</source>
        <translation>Enregistrement d’un contact</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a value this version of the app does not know</source>
        <translation>« %1 » a une valeur que cette version de l’application ne connaît pas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>« %1 » est manquant</translation>
    </message>
    <message>
        <source>another record already has the same &quot;%1&quot;</source>
        <translation>un autre enregistrement a déjà le même « %1 »</translation>
    </message>
    <message>
        <source>it refers to a record this device does not have</source>
        <translation>il fait référence à un enregistrement absent de cet appareil</translation>
    </message>
    <message>
        <source>this device&apos;s database refused it (%1)</source>
        <translation>la base de données de cet appareil l’a refusé (%1)</translation>
    </message>
    <message>
        <source>Looking up what a record refers to</source>
        <translation>Recherche de l&apos;élément auquel un enregistrement fait référence</translation>
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
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Groups of contacts, their members and consent</source>
        <translation>Groupes de contacts, leurs membres et consentements</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Rédiger</translation>
    </message>
    <message>
        <source>Write a message and see exactly what each recipient gets</source>
        <translation>Rédigez un message et voyez exactement ce que reçoit chaque destinataire</translation>
    </message>
    <message>
        <source>Content library</source>
        <translation>Bibliothèque de contenus</translation>
    </message>
    <message>
        <source>Saved messages, snippets and recordings</source>
        <translation>Messages, fragments et enregistrements enregistrés</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importer des contacts…</translation>
    </message>
    <message>
        <source>&amp;Export contacts…</source>
        <translation>E&amp;xporter des contacts…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>&amp;Historique des importations…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importé.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Changes a sync could not merge, for you to review</source>
        <translation>Modifications que la synchronisation n&apos;a pas pu fusionner, à examiner</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Se connecter…</translation>
    </message>
    <message>
        <source>&amp;Create an account…</source>
        <translation>&amp;Créer un compte…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <source>S&amp;witch to</source>
        <translation>&amp;Passer à</translation>
    </message>
    <message>
        <source>A new local profile</source>
        <translation>Un nouveau profil local</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Send a message to your groups, now or later, and see who got it</source>
        <translation>Envoyez un message à vos groupes, maintenant ou plus tard, et voyez qui l&apos;a reçu</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Every message sent and every call, with its status and why it failed</source>
        <translation>Chaque message envoyé et chaque appel, avec son état et la raison d&apos;un échec</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Profile folder: %1</source>
        <translation>Dossier du profil : %1</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2</source>
        <translation>Connecté en tant que %1 sur %2</translation>
    </message>
    <message>
        <source>Signed out of %1 on %2</source>
        <translation>Déconnecté de %1 sur %2</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Aller à %1</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>iq::MediaStore</name>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>Impossible de lire « %1 » : %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; media files can be at most %3.</source>
        <translation>« %1 » fait %2 ; les fichiers multimédias ne peuvent dépasser %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 (%3), which messages cannot carry; use an image (PNG, JPEG, GIF), a PDF or an audio recording (MP3, WAV, OGG, M4A).</source>
        <translation>« %1 » est %2 (%3), ce que les messages ne peuvent pas transporter ; utilisez une image (PNG, JPEG, GIF), un PDF ou un enregistrement audio (MP3, WAV, OGG, M4A).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; files of this type can be at most %3.</source>
        <translation>« %1 » fait %2 ; les fichiers de ce type ne peuvent dépasser %3.</translation>
    </message>
    <message>
        <source>Cannot create the media folder &quot;%1&quot;.</source>
        <translation>Impossible de créer le dossier multimédia « %1 ».</translation>
    </message>
    <message>
        <source>Cannot store &quot;%1&quot; in &quot;%2&quot;: %3.</source>
        <translation>Impossible d&apos;enregistrer « %1 » dans « %2 » : %3.</translation>
    </message>
    <message>
        <source>The media file %1 is not in this profile.</source>
        <translation>Le fichier multimédia %1 n&apos;est pas dans ce profil.</translation>
    </message>
</context>
<context>
    <name>iq::MergeContactsDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Fusionner les contacts</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt; look like the same person. Choose what the merged contact keeps.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; et &lt;b&gt;%2&lt;/b&gt; semblent être la même personne. Choisissez ce que garde le contact fusionné.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>%1: keep “%2”</source>
        <translation>%1 : garder « %2 »</translation>
    </message>
    <message>
        <source>Both contacts have the same names and details.</source>
        <translation>Les deux contacts ont les mêmes noms et détails.</translation>
    </message>
    <message>
        <source>%1 (not a valid number)</source>
        <translation>%1 (numéro non valide)</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>Combiné</translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation>Numéros :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>E-mails:</source>
        <translation>E-mails :</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Groupes :</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consentement :</translation>
    </message>
    <message>
        <source>Both consent histories are kept. Where the two disagree for a group or a channel, the stricter answer wins: an opt-out always stays.</source>
        <translation>Les deux historiques de consentement sont conservés. Là où ils divergent pour un groupe ou un canal, la réponse la plus stricte l&apos;emporte : une désinscription reste toujours.</translation>
    </message>
    <message>
        <source>%1 will be deleted after the merge. A merge cannot be undone.</source>
        <translation>%1 sera supprimé après la fusion. Une fusion ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Merge the two contacts</source>
        <translation>Fusionner les deux contacts</translation>
    </message>
    <message>
        <source>Cancel the merge</source>
        <translation>Annuler la fusion</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
</context>
<context>
    <name>iq::MessageDetailPane</name>
    <message>
        <source>Message details</source>
        <translation>Détails du message</translation>
    </message>
    <message>
        <source>Select a message to see its details and status history.</source>
        <translation>Sélectionnez un message pour voir ses détails et l&apos;historique de son état.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Envoyé à</translation>
    </message>
    <message>
        <source>Campaign and channel</source>
        <translation>Campagne et canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Text as sent</source>
        <translation>Texte tel qu&apos;envoyé</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique de l&apos;état</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Destinataire :</translation>
    </message>
    <message>
        <source>Sent to:</source>
        <translation>Envoyé à :</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Campagne :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Erreur :</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte :</translation>
    </message>
    <message>
        <source>(no contact)</source>
        <translation>(aucun contact)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 jusqu&apos;à %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Code %1 (no description known)</source>
        <translation>Code %1 (aucune description connue)</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (code %2)</translation>
    </message>
</context>
<context>
    <name>iq::Notifier</name>
    <message>
        <source>Campaign failed</source>
        <translation>Échec de la campagne</translation>
    </message>
    <message>
        <source>Campaign sent</source>
        <translation>Campagne envoyée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be sent. The Campaigns page says why.</source>
        <translation>« %1 » n&apos;a pas pu être envoyée. La page Campagnes en indique la raison.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has finished: %2 delivered, %3 not delivered.</source>
        <translation>« %1 » est terminée : %2 remis, %3 non remis.</translation>
    </message>
    <message numerus="yes">
        <source>%n new opt-out(s)</source>
        <translation>
            <numerusform>%n nouvelle désinscription</numerusform>
            <numerusform>%n nouvelles désinscriptions</numerusform>
        </translation>
    </message>
    <message>
        <source>a contact without a name</source>
        <translation>un contact sans nom</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s) opted out.</source>
        <translation>
            <numerusform>%1 et %n autre personne se sont désinscrits.</numerusform>
            <numerusform>%1 et %n autres personnes se sont désinscrits.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 opted out.</source>
        <translation>%1 s&apos;est désinscrit.</translation>
    </message>
</context>
<context>
    <name>iq::OptOutDialog</name>
    <message>
        <source>Opt out</source>
        <translation>Désinscrire</translation>
    </message>
    <message>
        <source>Confirm opt-out</source>
        <translation>Confirmer la désinscription</translation>
    </message>
    <message>
        <source>Opt out %1?</source>
        <translation>Désinscrire %1 ?</translation>
    </message>
    <message numerus="yes">
        <source>Opt out %n contact(s)?</source>
        <translation>
            <numerusform>Désinscrire %n contact ?</numerusform>
            <numerusform>Désinscrire %n contacts ?</numerusform>
        </translation>
    </message>
    <message>
        <source>They will get no more messages on any channel, in any group. The opt-out is kept in the consent ledger and cannot be undone; opting someone back in needs a new consent record with its source.</source>
        <translation>Ils ne recevront plus aucun message, sur aucun canal, dans aucun groupe. La désinscription est conservée dans le registre des consentements et ne peut pas être annulée ; pour réinscrire quelqu&apos;un, il faut un nouveau consentement avec son origine.</translation>
    </message>
    <message>
        <source>Asked in person</source>
        <translation>Demandé en personne</translation>
    </message>
    <message>
        <source>Where the opt-out came from</source>
        <translation>Origine de la désinscription</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Origine :</translation>
    </message>
</context>
<context>
    <name>iq::PhoneNumberRow</name>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domicile</translation>
    </message>
    <message>
        <source>work</source>
        <translation>travail</translation>
    </message>
    <message>
        <source>shop</source>
        <translation>boutique</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>Number label</source>
        <translation>Libellé du numéro</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Number, e.g. (415) 555-0123 or +44 7400 123456</source>
        <translation>Numéro, p. ex. (415) 555-0123 ou +44 7400 123456</translation>
    </message>
    <message>
        <source>Number check</source>
        <translation>Vérification du numéro</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this number</source>
        <translation>Retirer ce numéro</translation>
    </message>
    <message>
        <source>Kept as typed; it will not be messaged.</source>
        <translation>Conservé tel que saisi ; aucun message n&apos;y sera envoyé.</translation>
    </message>
</context>
<context>
    <name>iq::PhoneNumbers</name>
    <message>
        <source>The number is empty.</source>
        <translation>Le numéro est vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>« %1 » n’est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid country code.</source>
        <translation>« %1 » n’a pas d’indicatif de pays valide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number.</source>
        <translation>« %1 » est trop court pour être un numéro de téléphone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long to be a phone number.</source>
        <translation>« %1 » est trop long pour être un numéro de téléphone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the wrong number of digits.</source>
        <translation>« %1 » n’a pas le bon nombre de chiffres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number in use in %2.</source>
        <translation>« %1 » n’est pas un numéro attribué en %2.</translation>
    </message>
</context>
<context>
    <name>iq::PreferenceActions</name>
    <message>
        <source>The default region must be a two-letter country code such as US, not &quot;%1&quot;.</source>
        <translation>La région par défaut doit être un code de pays à deux lettres comme US, pas « %1 ».</translation>
    </message>
    <message>
        <source>Quiet hours: the sending window must start before it ends (%1 to %2).</source>
        <translation>Heures calmes : la plage d&apos;envoi doit commencer avant de finir (%1 à %2).</translation>
    </message>
    <message>
        <source>The sync interval must be between 1 and %1 minutes.</source>
        <translation>L&apos;intervalle de synchronisation doit être compris entre 1 et %1 minutes.</translation>
    </message>
    <message>
        <source>Message history is kept between 1 and %1 months, or for ever.</source>
        <translation>L&apos;historique des messages est conservé entre 1 et %1 mois, ou pour toujours.</translation>
    </message>
</context>
<context>
    <name>iq::PreflightPanel</name>
    <message>
        <source>Pre-flight summary</source>
        <translation>Résumé du contrôle préalable</translation>
    </message>
    <message>
        <source>Who gets nothing and why</source>
        <translation>Qui ne reçoit rien et pourquoi</translation>
    </message>
    <message>
        <source>Pre-flight running</source>
        <translation>Contrôle préalable en cours</translation>
    </message>
    <message>
        <source>Show people</source>
        <translation>Personnes affichées</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Who gets it now</source>
        <translation>Qui le reçoit maintenant</translation>
    </message>
    <message>
        <source>Who waits for quiet hours to end</source>
        <translation>Qui attend la fin des heures calmes</translation>
    </message>
    <message>
        <source>Who gets nothing</source>
        <translation>Qui ne reçoit rien</translation>
    </message>
    <message>
        <source>People in the audience</source>
        <translation>Personnes parmi les destinataires</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <source>Press Pre-flight to see who gets what before anything is sent.</source>
        <translation>Cliquez sur « Contrôle préalable » pour voir qui reçoit quoi avant tout envoi.</translation>
    </message>
    <message>
        <source>Checking every person of the audience…</source>
        <translation>Vérification de chaque destinataire…</translation>
    </message>
    <message>
        <source>The pre-flight could not run: %1</source>
        <translation>Le contrôle préalable n&apos;a pas pu s&apos;exécuter : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will get this message</source>
        <translation>
            <numerusform>%n personne recevra ce message</numerusform>
            <numerusform>%n personnes recevront ce message</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them later, when their quiet hours end</source>
        <translation>
            <numerusform>, dont %n plus tard, à la fin de ses heures calmes</numerusform>
            <numerusform>, dont %n plus tard, à la fin de leurs heures calmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>. %n person(s) get nothing.</source>
        <translation>
            <numerusform>. %n personne ne reçoit rien.</numerusform>
            <numerusform>. %n personnes ne reçoivent rien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMS segment(s) in all.</source>
        <translation>
            <numerusform>%n segment SMS au total.</numerusform>
            <numerusform>%n segments SMS au total.</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated cost: %1.</source>
        <translation>Coût estimé : %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyés : %1</translation>
    </message>
</context>
<context>
    <name>iq::PreflightPeopleModel</name>
    <message>
        <source>Gets it</source>
        <translation>Le reçoit</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Quiet hours: goes out %1</source>
        <translation>Heures calmes : part le %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>iq::PreparedStatements</name>
    <message>
        <source>%1 failed</source>
        <translation>%1 a échoué</translation>
    </message>
</context>
<context>
    <name>iq::RecordConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Enregistrer un consentement</translation>
    </message>
    <message>
        <source>Consent for</source>
        <translation>Consentement pour</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Groupe : %1</translation>
    </message>
    <message>
        <source>All SMS</source>
        <translation>Tous les SMS</translation>
    </message>
    <message>
        <source>All e-mail</source>
        <translation>Tous les e-mails</translation>
    </message>
    <message>
        <source>All voice calls</source>
        <translation>Tous les appels vocaux</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation>Comment le consentement a été donné</translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation>Formulaire papier</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulaire web</translation>
    </message>
    <message>
        <source>Keyword reply</source>
        <translation>Réponse par mot-clé</translation>
    </message>
    <message>
        <source>In person or by phone</source>
        <translation>En personne ou par téléphone</translation>
    </message>
    <message>
        <source>Source of the consent</source>
        <translation>Origine du consentement</translation>
    </message>
    <message>
        <source>e.g. sign-up sheet at the counter, 3 March</source>
        <translation>p. ex. feuille d&apos;inscription au comptoir, 3 mars</translation>
    </message>
    <message>
        <source>A new consent record needs its source: where and how the person agreed.</source>
        <translation>Un nouveau consentement doit indiquer son origine : où et comment la personne a accepté.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pour :</translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation>&amp;Consentement :</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Comment :</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Origine :</translation>
    </message>
</context>
<context>
    <name>iq::ServerAddress</name>
    <message>
        <source>&quot;%1&quot; is not a server address; use one like https://sync.example.com.</source>
        <translation>« %1 » n&apos;est pas une adresse de serveur ; utilisez-en une comme https://sync.example.com.</translation>
    </message>
    <message>
        <source>%1 is not a secure address: the password and sign-in tokens would travel unencrypted. Use https:// (plain http:// is allowed only for a server on this computer, such as http://127.0.0.1).</source>
        <translation>%1 n&apos;est pas une adresse sécurisée : le mot de passe et les jetons de connexion circuleraient sans chiffrement. Utilisez https:// (le simple http:// n&apos;est autorisé que pour un serveur sur cet ordinateur, comme http://127.0.0.1).</translation>
    </message>
</context>
<context>
    <name>iq::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Preference groups</source>
        <translation>Groupes de préférences</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;This profile</source>
        <translation>Ce &amp;profil</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Réseau</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Fichiers</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language is used the next time IQ Messaging starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage d&apos;IQ Messaging.</translation>
    </message>
    <message>
        <source>About the language</source>
        <translation>À propos de la langue</translation>
    </message>
    <message>
        <source>When a &amp;campaign has finished sending</source>
        <translation>Quand une &amp;campagne a fini d&apos;être envoyée</translation>
    </message>
    <message>
        <source>Notify when a campaign has finished sending</source>
        <translation>Prévenir quand une campagne a fini d&apos;être envoyée</translation>
    </message>
    <message>
        <source>When someone &amp;opts out</source>
        <translation>Quand quelqu&apos;un se &amp;désinscrit</translation>
    </message>
    <message>
        <source>Notify when someone opts out</source>
        <translation>Prévenir quand quelqu&apos;un se désinscrit</translation>
    </message>
    <message>
        <source>Notify me:</source>
        <translation>Me prévenir :</translation>
    </message>
    <message>
        <source>These settings belong to the open profile and travel with it.</source>
        <translation>Ces réglages appartiennent au profil ouvert et le suivent.</translation>
    </message>
    <message>
        <source>Default region for numbers</source>
        <translation>Région par défaut des numéros</translation>
    </message>
    <message>
        <source>This computer&apos;s country (%1)</source>
        <translation>Pays de cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>Default &amp;region for numbers:</source>
        <translation>Ré&amp;gion par défaut des numéros :</translation>
    </message>
    <message>
        <source>Marketing messages are sent from</source>
        <translation>Les messages publicitaires sont envoyés à partir de</translation>
    </message>
    <message>
        <source>Marketing messages are sent until</source>
        <translation>Les messages publicitaires sont envoyés jusqu&apos;à</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;jusqu&apos;à</translation>
    </message>
    <message>
        <source>Send marketing &amp;from:</source>
        <translation>Envoyer la publicité &amp;de :</translation>
    </message>
    <message>
        <source>Quiet hours: outside this window, in each recipient&apos;s local time, a marketing message waits until it opens.</source>
        <translation>Heures calmes : en dehors de cette plage, à l&apos;heure locale de chaque destinataire, un message publicitaire attend qu&apos;elle s&apos;ouvre.</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Intervalle de synchronisation en minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Sync every:</source>
        <translation>&amp;Synchroniser toutes les :</translation>
    </message>
    <message>
        <source>Keep message history for months</source>
        <translation>Conserver l&apos;historique des messages pendant des mois</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>For ever</source>
        <translation>Pour toujours</translation>
    </message>
    <message>
        <source>&amp;Keep message history:</source>
        <translation>&amp;Conserver l&apos;historique des messages :</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Utiliser les paramètres de proxy du &amp;système</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Utiliser les paramètres de proxy du système</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>&amp;Aucun proxy</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Aucun proxy</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>Proxy &amp;manuel :</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>Proxy manuel</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy :</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Hôte du proxy</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port du proxy</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Dossier d&apos;export</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parcou&amp;rir…</translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation>Choisir le dossier d&apos;export</translation>
    </message>
    <message>
        <source>&amp;Exports go to:</source>
        <translation>Dossier d&apos;&amp;export :</translation>
    </message>
    <message>
        <source>Where export dialogs open; empty means your home folder.</source>
        <translation>Là où s&apos;ouvrent les boîtes de dialogue d&apos;export ; vide signifie votre dossier personnel.</translation>
    </message>
    <message>
        <source>Manual proxy: enter the proxy&apos;s host name, or choose another proxy setting.</source>
        <translation>Proxy manuel : saisissez le nom d&apos;hôte du proxy ou choisissez un autre paramètre de proxy.</translation>
    </message>
    <message>
        <source>Manual proxy: &quot;%1&quot; is not a host name.</source>
        <translation>Proxy manuel : « %1 » n&apos;est pas un nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>Exports: the folder &quot;%1&quot; does not exist.</source>
        <translation>Exports : le dossier « %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The new language is used the next time IQ Messaging starts.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage d&apos;IQ Messaging.</translation>
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
    <message>
        <source>No new account could be opened with this e-mail address and password. If the address already has an account, sign in with its password.</source>
        <translation>Aucun nouveau compte n&apos;a pu être ouvert avec cette adresse e-mail et ce mot de passe. Si l&apos;adresse a déjà un compte, connectez-vous avec son mot de passe.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 and points to %2. Redirects are not followed, so that your password and sign-in never go to an address you did not choose; if that is the server&apos;s new address, enter it instead.</source>
        <translation>Le serveur a répondu HTTP %1 et renvoie vers %2. Les redirections ne sont pas suivies, afin que votre mot de passe et votre connexion n&apos;aillent jamais vers une adresse que vous n&apos;avez pas choisie ; si c&apos;est la nouvelle adresse du serveur, saisissez-la à la place.</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>aucune adresse</translation>
    </message>
</context>
<context>
    <name>iq::SyncController</name>
    <message>
        <source>Local profile, not synced</source>
        <translation>Profil local, non synchronisé</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>Synchronisation avec %1…</translation>
    </message>
    <message>
        <source>Synced, but the renewed sign-in could not be saved in the keychain: %1 It is kept while the application runs and saved as soon as the keychain takes it.</source>
        <translation>Synchronisé, mais la connexion renouvelée n&apos;a pas pu être enregistrée dans le trousseau : %1 Elle est conservée tant que l&apos;application tourne et enregistrée dès que le trousseau l&apos;accepte.</translation>
    </message>
</context>
<context>
    <name>iq::SyncEngine</name>
    <message>
        <source>The server answered for %1 %2 where %3 %4 was expected.</source>
        <translation>Le serveur a répondu pour %1 %2 alors que %3 %4 était attendu.</translation>
    </message>
    <message>
        <source>Storing the sync state</source>
        <translation>Enregistrement de l’état de synchronisation</translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation>Le serveur l&apos;a refusée : %1</translation>
    </message>
    <message>
        <source>Dropping a sent change</source>
        <translation>Suppression d&apos;une modification envoyée</translation>
    </message>
    <message>
        <source>Recording the version of a sent change</source>
        <translation>Enregistrement de la version d&apos;une modification envoyée</translation>
    </message>
    <message>
        <source>Clearing a change set aside</source>
        <translation>Effacement d&apos;une modification mise de côté</translation>
    </message>
    <message>
        <source>Recording the merge base of a sent change</source>
        <translation>Enregistrement de la base de fusion d&apos;une modification envoyée</translation>
    </message>
    <message>
        <source>It is %1 KiB, more than the %2 KiB a request to the server may carry.</source>
        <translation>Elle fait %1 Kio, plus que les %2 Kio qu&apos;une requête au serveur peut contenir.</translation>
    </message>
    <message>
        <source>The record is %1 KiB, more than the %2 KiB the server keeps for one record.</source>
        <translation>L&apos;enregistrement fait %1 Kio, plus que les %2 Kio que le serveur conserve pour un enregistrement.</translation>
    </message>
    <message>
        <source>A change of %1 %2 was not sent: %3</source>
        <translation>Une modification de %1 %2 n&apos;a pas été envoyée : %3</translation>
    </message>
</context>
<context>
    <name>iq::SyncLock</name>
    <message>
        <source>A sync of this profile is already running (in IQ Messaging or iqm); try again when it has finished.</source>
        <translation>Une synchronisation de ce profil est déjà en cours (dans IQ Messaging ou iqm) ; réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>Cannot create the sync lock %1.</source>
        <translation>Impossible de créer le verrou de synchronisation %1.</translation>
    </message>
</context>
<context>
    <name>iq::SyncProtocol</name>
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
    <name>iq::SyncStatusWidget</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>État de synchronisation</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Sync with the server now (F5)</source>
        <translation>Synchroniser avec le serveur maintenant (F5)</translation>
    </message>
    <message>
        <source>Local only — sign in to sync</source>
        <translation>Local uniquement — connectez-vous pour synchroniser</translation>
    </message>
    <message>
        <source>This profile is kept on this computer only. Account &gt; Sign in connects it to an account and uploads its data.</source>
        <translation>Ce profil n&apos;existe que sur cet ordinateur. Compte &gt; Se connecter le lie à un compte et envoie ses données.</translation>
    </message>
    <message>
        <source>Signed out — sign in to sync</source>
        <translation>Déconnecté — connectez-vous pour synchroniser</translation>
    </message>
    <message>
        <source>No keychain — working offline</source>
        <translation>Pas de trousseau — hors ligne</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisé %1</translation>
    </message>
    <message>
        <source> (with problems)</source>
        <translation> (avec des problèmes)</translation>
    </message>
    <message>
        <source>Offline — last synced %1, will retry</source>
        <translation>Hors ligne — dernière synchro %1, nouvel essai prévu</translation>
    </message>
    <message>
        <source>Sync problem — will retry</source>
        <translation>Problème de synchro — nouvel essai prévu</translation>
    </message>
    <message numerus="yes">
        <source> · %n change(s) to send</source>
        <translation>
            <numerusform> · %n modification à envoyer</numerusform>
            <numerusform> · %n modifications à envoyer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n conflict(s) to review</source>
        <translation>
            <numerusform> · %n conflit à examiner</numerusform>
            <numerusform> · %n conflits à examiner</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 éléments</translation>
    </message>
    <message numerus="yes">
        <source> · %n change(s) not sent</source>
        <translation>
            <numerusform> · %n modification non envoyée</numerusform>
            <numerusform> · %n modifications non envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server cannot take %n change(s): too large, or refused. They stay on this computer; edit the record to send it again.</source>
        <translation>
            <numerusform>Le serveur ne peut pas accepter %n modification : trop grande ou refusée. Elle reste sur cet ordinateur ; modifiez l&apos;enregistrement pour l&apos;envoyer à nouveau.</numerusform>
            <numerusform>Le serveur ne peut pas accepter %n modifications : trop grandes ou refusées. Elles restent sur cet ordinateur ; modifiez l&apos;enregistrement pour l&apos;envoyer à nouveau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iq::Theme</name>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en file d&apos;attente</translation>
    </message>
    <message>
        <source>held for quiet hours</source>
        <translation>retenu pour les heures calmes</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>remis</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>undeliverable</source>
        <translation>impossible à remettre</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importation</translation>
    </message>
    <message>
        <source>keyword reply</source>
        <translation>réponse par mot-clé</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>formulaire web</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>formulaire papier</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>saisi à la main</translation>
    </message>
    <message>
        <source>another device</source>
        <translation>autre appareil</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>fusion</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1 « %2 » : %3</translation>
    </message>
    <message>
        <source>%1 answer to their keyword reply: %2</source>
        <translation>Réponse (%1) à leur réponse par mot-clé : %2</translation>
    </message>
    <message>
        <source>%1 message: %2</source>
        <translation>Message (%1) : %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Call of “%1” to %2</source>
        <translation>Appel de la campagne « %1 » vers %2</translation>
    </message>
    <message>
        <source>Call to %1</source>
        <translation>Appel vers %1</translation>
    </message>
    <message>
        <source>Call from %1, forwarded to %2</source>
        <translation>Appel de %1, transféré vers %2</translation>
    </message>
    <message>
        <source>Missed call from %1</source>
        <translation>Appel manqué de %1</translation>
    </message>
    <message>
        <source>Voicemail from %1</source>
        <translation>Message vocal de %1</translation>
    </message>
    <message>
        <source>Call from %1</source>
        <translation>Appel de %1</translation>
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
        <translation>le canal %1</translation>
    </message>
    <message>
        <source>a deleted group</source>
        <translation>un groupe supprimé</translation>
    </message>
    <message>
        <source>Keyword reply: %1 for %2</source>
        <translation>Réponse par mot-clé : %1 pour %2</translation>
    </message>
    <message>
        <source>Replied “%1”: %2 for %3</source>
        <translation>A répondu « %1 » : %2 pour %3</translation>
    </message>
    <message>
        <source>%1 for %2 (%3)</source>
        <translation>%1 pour %2 (%3)</translation>
    </message>
    <message>
        <source>added as a new contact</source>
        <translation>ajouté comme nouveau contact</translation>
    </message>
    <message>
        <source>details updated</source>
        <translation>détails mis à jour</translation>
    </message>
    <message>
        <source>added to %1</source>
        <translation>ajouté à %1</translation>
    </message>
    <message>
        <source>Import of %1: %2</source>
        <translation>Importation de %1 : %2</translation>
    </message>
    <message>
        <source>%1 (rolled back)</source>
        <translation>%1 (annulée)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Merged with %1</source>
        <translation>Fusionné avec %1</translation>
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
    <name>iq::VCardReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Line %1: the card that starts here has no END:VCARD.</source>
        <translation>Ligne %1 : la carte qui commence ici n&apos;a pas de END:VCARD.</translation>
    </message>
    <message>
        <source>Line %1: the file has more than %2 cards; this card and the ones after it are not read.</source>
        <translation>Ligne %1 : le fichier contient plus de %2 fiches ; cette fiche et les suivantes ne sont pas lues.</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2; the card that starts on line %3 is skipped.</source>
        <translation>La ligne %1 dépasse %2 ; la fiche qui commence à la ligne %3 est ignorée.</translation>
    </message>
    <message>
        <source>Line %1: the card that starts here is larger than %2 (at line %3); it is skipped.</source>
        <translation>Ligne %1 : la fiche qui commence ici dépasse %2 (à la ligne %3) ; elle est ignorée.</translation>
    </message>
</context>
<context>
    <name>iq::VoicePreview</name>
    <message>
        <source>No speech engine on this computer</source>
        <translation>Aucune synthèse vocale sur cet ordinateur</translation>
    </message>
    <message>
        <source>The speech engine does not work</source>
        <translation>La synthèse vocale ne fonctionne pas</translation>
    </message>
    <message>
        <source>Reading aloud is not part of this build</source>
        <translation>La lecture à voix haute n&apos;est pas incluse dans cette version</translation>
    </message>
    <message>
        <source>No audio device on this computer</source>
        <translation>Aucun périphérique audio sur cet ordinateur</translation>
    </message>
    <message>
        <source>Playing recordings is not part of this build</source>
        <translation>La lecture des enregistrements n&apos;est pas incluse dans cette version</translation>
    </message>
</context>
<context>
    <name>iq::WelcomeDialog</name>
    <message>
        <source>Welcome to IQ Messaging</source>
        <translation>Bienvenue dans IQ Messaging</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to IQ Messaging&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans IQ Messaging&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Message the customers who opted in, by SMS, e-mail and voice. How would you like to start?</source>
        <translation>Écrivez aux clients inscrits, par SMS, e-mail et message vocal. Comment voulez-vous commencer ?</translation>
    </message>
    <message>
        <source>How to start</source>
        <translation>Comment commencer</translation>
    </message>
    <message>
        <source>&amp;Try the demo</source>
        <translation>Essayer la &amp;démo</translation>
    </message>
    <message>
        <source>A server on this computer with a small shop&apos;s contacts, groups and templates. Nothing is sent.</source>
        <translation>Un serveur sur cet ordinateur avec les contacts, groupes et modèles d&apos;une petite boutique. Rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>Needs the IQ Messaging server (iqmsgd), which is not installed.</source>
        <translation>Nécessite le serveur IQ Messaging (iqmsgd), qui n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Use the account you already have, and sync with it.</source>
        <translation>Utiliser le compte que vous avez déjà et synchroniser avec lui.</translation>
    </message>
    <message>
        <source>&amp;Create an account</source>
        <translation>&amp;Créer un compte</translation>
    </message>
    <message>
        <source>Sync your contacts and campaigns between your computers.</source>
        <translation>Synchroniser vos contacts et campagnes entre vos ordinateurs.</translation>
    </message>
    <message>
        <source>&amp;Work on this computer only</source>
        <translation>&amp;Travailler sur cet ordinateur uniquement</translation>
    </message>
    <message>
        <source>No account: everything stays here. You can sign in later from the Account menu.</source>
        <translation>Aucun compte : tout reste ici. Vous pourrez vous connecter plus tard depuis le menu Compte.</translation>
    </message>
</context>
<context>
    <name>iq::WelcomeFlow</name>
    <message>
        <source>The demo could not start</source>
        <translation>La démo n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>%1

You can keep working on this computer.</source>
        <translation>%1

Vous pouvez continuer à travailler sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>iq::campaign::DeliveryErrors</name>
    <message>
        <source>The handset was off or out of reach</source>
        <translation>Le téléphone était éteint ou injoignable</translation>
    </message>
    <message>
        <source>The carrier reported an unknown error</source>
        <translation>L&apos;opérateur a signalé une erreur inconnue</translation>
    </message>
    <message>
        <source>The number is not in service</source>
        <translation>Le numéro n&apos;est pas en service</translation>
    </message>
    <message>
        <source>The number is a landline or its carrier cannot take messages</source>
        <translation>Le numéro est un fixe ou son opérateur ne peut pas recevoir de messages</translation>
    </message>
    <message>
        <source>Blocked by the carrier as spam</source>
        <translation>Bloqué par l&apos;opérateur comme spam</translation>
    </message>
    <message>
        <source>The line was busy</source>
        <translation>La ligne était occupée</translation>
    </message>
    <message>
        <source>Nobody answered the call</source>
        <translation>Personne n&apos;a répondu à l&apos;appel</translation>
    </message>
</context>
<context>
    <name>iq::campaign::RecipientRules</name>
    <message>
        <source>Opted out</source>
        <translation>Désinscrit</translation>
    </message>
    <message>
        <source>No consent for marketing</source>
        <translation>Pas de consentement au marketing</translation>
    </message>
    <message>
        <source>No valid phone number</source>
        <translation>Aucun numéro de téléphone valide</translation>
    </message>
    <message>
        <source>Not a mobile number</source>
        <translation>Pas un numéro de mobile</translation>
    </message>
    <message>
        <source>No e-mail address</source>
        <translation>Aucune adresse e-mail</translation>
    </message>
    <message>
        <source>Same address as another recipient</source>
        <translation>Même adresse qu&apos;un autre destinataire</translation>
    </message>
    <message>
        <source>Personalized message is empty</source>
        <translation>Le message personnalisé est vide</translation>
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
        <source>Added %1 (%2)</source>
        <translation>%1 ajouté (%2)</translation>
    </message>
    <message>
        <source>warning: &quot;%1&quot; is not a valid phone number; kept as typed.</source>
        <translation>avertissement : « %1 » n&apos;est pas un numéro de téléphone valide ; conservé tel quel.</translation>
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
    <message>
        <source>List the profile&apos;s contacts, sorted by name.</source>
        <translation>Lister les contacts du profil, triés par nom.</translation>
    </message>
    <message>
        <source>Only contacts whose names or e-mails start with these words, or whose numbers contain these digits.</source>
        <translation>Uniquement les contacts dont les noms ou e-mails commencent par ces mots, ou dont les numéros contiennent ces chiffres.</translation>
    </message>
    <message>
        <source>Only members of this group (name or id).</source>
        <translation>Uniquement les membres de ce groupe (nom ou ID).</translation>
    </message>
    <message>
        <source>Only contacts with this consent: opted-in, opted-out, pending or unknown.</source>
        <translation>Uniquement les contacts avec ce consentement : opted-in, opted-out, pending ou unknown.</translation>
    </message>
    <message>
        <source>Opt a contact out of every channel and group. Recorded in the consent ledger with its source; opting back in needs a new consent record.</source>
        <translation>Désinscrire un contact de tous les canaux et groupes. Enregistré dans le registre des consentements avec son origine ; une réinscription nécessite un nouveau consentement.</translation>
    </message>
    <message>
        <source>Where the opt-out came from, e.g. &quot;STOP reply&quot; (required).</source>
        <translation>Origine de la désinscription, p. ex. « réponse STOP » (obligatoire).</translation>
    </message>
    <message>
        <source>--source is required: say where the opt-out came from.</source>
        <translation>--source est obligatoire : indiquez l&apos;origine de la désinscription.</translation>
    </message>
    <message>
        <source>Opted out %1 (%2)</source>
        <translation>%1 désinscrit (%2)</translation>
    </message>
    <message>
        <source>Opt a contact out of everything</source>
        <translation>Désinscrire un contact de tout</translation>
    </message>
    <message>
        <source>Create a group.</source>
        <translation>Créer un groupe.</translation>
    </message>
    <message>
        <source>The new group&apos;s name.</source>
        <translation>Nom du nouveau groupe.</translation>
    </message>
    <message>
        <source>What the group is for.</source>
        <translation>À quoi sert le groupe.</translation>
    </message>
    <message>
        <source>Print the new group as JSON.</source>
        <translation>Afficher le nouveau groupe en JSON.</translation>
    </message>
    <message>
        <source>Added group %1 (%2)</source>
        <translation>Groupe %1 ajouté (%2)</translation>
    </message>
    <message>
        <source>List the groups with their member and opted-in counts.</source>
        <translation>Lister les groupes avec leur nombre de membres et d&apos;inscrits.</translation>
    </message>
    <message>
        <source>%1 members, %2 opted in</source>
        <translation>%1 membres, %2 inscrits</translation>
    </message>
    <message>
        <source>Rename a group.</source>
        <translation>Renommer un groupe.</translation>
    </message>
    <message>
        <source>The group&apos;s name or id.</source>
        <translation>Nom ou ID du groupe.</translation>
    </message>
    <message>
        <source>Its new name.</source>
        <translation>Son nouveau nom.</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>%1 renommé en %2</translation>
    </message>
    <message>
        <source>Delete a group. Its contacts and the consent history stay.</source>
        <translation>Supprimer un groupe. Ses contacts et l&apos;historique du consentement restent.</translation>
    </message>
    <message>
        <source>Deleted group %1</source>
        <translation>Groupe %1 supprimé</translation>
    </message>
    <message>
        <source>List a group&apos;s members with their consent in it.</source>
        <translation>Lister les membres d&apos;un groupe avec leur consentement dans ce groupe.</translation>
    </message>
    <message>
        <source>Add a contact to a group, recording their consent in the ledger.</source>
        <translation>Ajouter un contact à un groupe, en enregistrant son consentement dans le registre.</translation>
    </message>
    <message>
        <source>opted-in, opted-out, pending or unknown (default); opted-in needs --source.</source>
        <translation>opted-in, opted-out, pending ou unknown (par défaut) ; opted-in nécessite --source.</translation>
    </message>
    <message>
        <source>Where the consent came from.</source>
        <translation>Origine du consentement.</translation>
    </message>
    <message>
        <source>Opting in needs --source: say where the consent came from.</source>
        <translation>L&apos;inscription nécessite --source : indiquez l&apos;origine du consentement.</translation>
    </message>
    <message>
        <source>Added %1 to %2 (%3)</source>
        <translation>%1 ajouté à %2 (%3)</translation>
    </message>
    <message>
        <source>Remove a contact from a group. The consent history stays.</source>
        <translation>Retirer un contact d&apos;un groupe. L&apos;historique du consentement reste.</translation>
    </message>
    <message>
        <source>Removed %1 from %2</source>
        <translation>%1 retiré de %2</translation>
    </message>
    <message>
        <source>Create a group</source>
        <translation>Créer un groupe</translation>
    </message>
    <message>
        <source>List groups with member counts</source>
        <translation>Lister les groupes avec leur nombre de membres</translation>
    </message>
    <message>
        <source>Rename a group</source>
        <translation>Renommer un groupe</translation>
    </message>
    <message>
        <source>Delete a group</source>
        <translation>Supprimer un groupe</translation>
    </message>
    <message>
        <source>List a group&apos;s members and consent</source>
        <translation>Lister les membres et consentements d&apos;un groupe</translation>
    </message>
    <message>
        <source>Add a contact to a group</source>
        <translation>Ajouter un contact à un groupe</translation>
    </message>
    <message>
        <source>Remove a contact from a group</source>
        <translation>Retirer un contact d&apos;un groupe</translation>
    </message>
    <message>
        <source>File: %1 (%2, %3%4)</source>
        <translation>Fichier : %1 (%2, %3%4)</translation>
    </message>
    <message>
        <source>delimiter %1</source>
        <translation>séparateur %1</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Lignes : %1</translation>
    </message>
    <message>
        <source>Group memberships added: %1</source>
        <translation>Adhésions aux groupes ajoutées : %1</translation>
    </message>
    <message>
        <source>Recorded as opted out: %1</source>
        <translation>Enregistrés comme désinscrits : %1</translation>
    </message>
    <message>
        <source>Rejected rows written to %1 (%2 rows)</source>
        <translation>Lignes rejetées écrites dans %1 (%2 lignes)</translation>
    </message>
    <message>
        <source>Import contacts from a CSV or vCard file. Prints the plan with --dry-run.</source>
        <translation>Importer des contacts depuis un fichier CSV ou vCard. Affiche le plan avec --dry-run.</translation>
    </message>
    <message>
        <source>The CSV or vCard file.</source>
        <translation>Le fichier CSV ou vCard.</translation>
    </message>
    <message>
        <source>Region for numbers without a country code, e.g. US.</source>
        <translation>Région pour les numéros sans indicatif pays, p. ex. US.</translation>
    </message>
    <message>
        <source>Add everyone imported to this group (repeat for several).</source>
        <translation>Ajouter toutes les personnes importées à ce groupe (à répéter pour plusieurs).</translation>
    </message>
    <message>
        <source>When a row matches a contact by number or e-mail: skip (default), update (fill empty fields) or overwrite.</source>
        <translation>Quand une ligne correspond à un contact par numéro ou e-mail : skip (par défaut), update (remplir les champs vides) ou overwrite.</translation>
    </message>
    <message>
        <source>Consent to record for the groups: opted-in, opted-out, pending or unknown (default).</source>
        <translation>Consentement à enregistrer pour les groupes : opted-in, opted-out, pending ou unknown (par défaut).</translation>
    </message>
    <message>
        <source>Where that consent came from, e.g. &quot;paper sign-up sheet, March 2026&quot;.</source>
        <translation>Origine de ce consentement, p. ex. « feuille d&apos;inscription papier, mars 2026 ».</translation>
    </message>
    <message>
        <source>Use a column mapping saved with --save-mapping.</source>
        <translation>Utiliser une correspondance de colonnes enregistrée avec --save-mapping.</translation>
    </message>
    <message>
        <source>Save the column mapping used to this file.</source>
        <translation>Enregistrer la correspondance de colonnes utilisée dans ce fichier.</translation>
    </message>
    <message>
        <source>The file&apos;s encoding (default: detected).</source>
        <translation>Encodage du fichier (par défaut : détecté).</translation>
    </message>
    <message>
        <source>comma, semicolon, tab or pipe (default: detected).</source>
        <translation>comma, semicolon, tab ou pipe (par défaut : détecté).</translation>
    </message>
    <message>
        <source>The first row is data, not column names.</source>
        <translation>La première ligne contient des données, pas des noms de colonnes.</translation>
    </message>
    <message>
        <source>Drop columns that map to no field instead of keeping them as custom fields.</source>
        <translation>Abandonner les colonnes sans champ correspondant au lieu de les garder comme champs personnalisés.</translation>
    </message>
    <message>
        <source>Write the rows not imported, with a reason, to this CSV.</source>
        <translation>Écrire les lignes non importées, avec leur motif, dans ce CSV.</translation>
    </message>
    <message>
        <source>Show what would happen; change nothing.</source>
        <translation>Montrer ce qui se passerait ; ne rien modifier.</translation>
    </message>
    <message>
        <source>Report progress on standard error.</source>
        <translation>Afficher la progression sur la sortie d&apos;erreur standard.</translation>
    </message>
    <message>
        <source>--on-duplicate must be skip, update or overwrite, not &quot;%1&quot;.</source>
        <translation>--on-duplicate doit valoir skip, update ou overwrite, pas « %1 ».</translation>
    </message>
    <message>
        <source>--consent opted-in needs --consent-source saying where the consent came from.</source>
        <translation>--consent opted-in nécessite --consent-source indiquant l&apos;origine du consentement.</translation>
    </message>
    <message>
        <source>--delimiter must be comma, semicolon, tab or pipe.</source>
        <translation>--delimiter doit valoir comma, semicolon, tab ou pipe.</translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: %2</source>
        <translation>Impossible de lire la correspondance %1 : %2</translation>
    </message>
    <message>
        <source>groups: %1</source>
        <translation>groupes : %1</translation>
    </message>
    <message>
        <source>(opted out)</source>
        <translation>(désinscrit)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <source>Cannot save the mapping to %1: %2</source>
        <translation>Impossible d&apos;enregistrer la correspondance dans %1 : %2</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulation : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Imported. To undo: iqm contacts import-rollback %1</source>
        <translation>Importé. Pour annuler : iqm contacts import-rollback %1</translation>
    </message>
    <message>
        <source>Undo an import as a whole.</source>
        <translation>Annuler un import dans son ensemble.</translation>
    </message>
    <message>
        <source>The id the import printed.</source>
        <translation>L&apos;ID affiché par l&apos;import.</translation>
    </message>
    <message>
        <source>Rolled back the import of %1: %2 contacts removed, %3 restored, %4 group memberships removed, %5 groups removed.</source>
        <translation>Import de %1 annulé : %2 contacts retirés, %3 restaurés, %4 adhésions aux groupes retirées, %5 groupes retirés.</translation>
    </message>
    <message>
        <source>List past imports.</source>
        <translation>Lister les imports passés.</translation>
    </message>
    <message>
        <source>%1 new, %2 updated</source>
        <translation>%1 nouveaux, %2 mis à jour</translation>
    </message>
    <message>
        <source>(rolled back)</source>
        <translation>(annulé)</translation>
    </message>
    <message>
        <source>Export contacts to CSV (the layout import reads back) or vCard 4.0.</source>
        <translation>Exporter les contacts en CSV (au format que l&apos;import relit) ou en vCard 4.0.</translation>
    </message>
    <message>
        <source>Where to write; - for standard output.</source>
        <translation>Où écrire ; - pour la sortie standard.</translation>
    </message>
    <message>
        <source>csv (default) or vcard.</source>
        <translation>csv (par défaut) ou vcard.</translation>
    </message>
    <message>
        <source>Only the members of this group.</source>
        <translation>Uniquement les membres de ce groupe.</translation>
    </message>
    <message>
        <source>Only contacts whose name, number or e-mail contains this.</source>
        <translation>Uniquement les contacts dont le nom, le numéro ou l&apos;e-mail contient ceci.</translation>
    </message>
    <message>
        <source>Write cells exactly, without the apostrophe that stops spreadsheets running cells starting with = + - @ as formulas.</source>
        <translation>Écrire les cellules telles quelles, sans l&apos;apostrophe qui empêche les tableurs d&apos;exécuter comme formules les cellules commençant par = + - @.</translation>
    </message>
    <message>
        <source>--format must be csv or vcard, not &quot;%1&quot;.</source>
        <translation>--format doit valoir csv ou vcard, pas « %1 ».</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Impossible d&apos;écrire sur la sortie standard.</translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2</source>
        <translation>%1 contacts exportés vers %2</translation>
    </message>
    <message>
        <source>Import contacts from CSV or vCard (--dry-run: the plan)</source>
        <translation>Importer des contacts depuis CSV ou vCard (--dry-run : le plan)</translation>
    </message>
    <message>
        <source>Undo an import</source>
        <translation>Annuler un import</translation>
    </message>
    <message>
        <source>List past imports</source>
        <translation>Lister les imports passés</translation>
    </message>
    <message>
        <source>Export contacts to CSV or vCard</source>
        <translation>Exporter les contacts en CSV ou vCard</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) the server cannot take stay on this computer.</source>
        <translation>
            <numerusform>%n modification que le serveur ne peut pas accepter reste sur cet ordinateur.</numerusform>
            <numerusform>%n modifications que le serveur ne peut pas accepter restent sur cet ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>The renewed sign-in could not be saved in the keychain: %1 Sign in again with &apos;iqm account login&apos;.</source>
        <translation>La connexion renouvelée n&apos;a pas pu être enregistrée dans le trousseau : %1 Reconnectez-vous avec &apos;iqm account login&apos;.</translation>
    </message>
    <message>
        <source>deleted on another device, edited here</source>
        <translation>supprimé sur un autre appareil, modifié ici</translation>
    </message>
    <message>
        <source>deleted here, edited on another device</source>
        <translation>supprimé ici, modifié sur un autre appareil</translation>
    </message>
    <message>
        <source>%1: this computer had %2, the server kept %3</source>
        <translation>%1 : cet ordinateur avait %2, le serveur a gardé %3</translation>
    </message>
    <message>
        <source>List the conflicts syncs kept for review, oldest first.</source>
        <translation>Lister les conflits que les synchronisations ont gardés à examiner, les plus anciens d’abord.</translation>
    </message>
    <message>
        <source>Close a conflict: keep the server&apos;s value, or put this computer&apos;s back (it goes out with the next sync).</source>
        <translation>Clore un conflit : garder la valeur du serveur, ou remettre celle de cet ordinateur (elle part avec la prochaine synchronisation).</translation>
    </message>
    <message>
        <source>The conflict&apos;s number, as &apos;iqm sync conflicts&apos; shows it.</source>
        <translation>Le numéro du conflit, tel que &apos;iqm sync conflicts&apos; l’affiche.</translation>
    </message>
    <message>
        <source>server or local.</source>
        <translation>server ou local.</translation>
    </message>
    <message>
        <source>--keep must be server or local, not &quot;%1&quot;.</source>
        <translation>--keep doit valoir server ou local, pas « %1 ».</translation>
    </message>
    <message>
        <source>Say which value stays with --keep server or --keep local.</source>
        <translation>Indiquez quelle valeur reste avec --keep server ou --keep local.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conflict number; &apos;iqm sync conflicts&apos; lists them.</source>
        <translation>« %1 » n’est pas un numéro de conflit ; &apos;iqm sync conflicts&apos; les liste.</translation>
    </message>
    <message>
        <source>Conflict %1: this computer&apos;s value is back and goes out with the next sync.</source>
        <translation>Conflit %1 : la valeur de cet ordinateur est remise et part avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Conflict %1: the server&apos;s value stays.</source>
        <translation>Conflit %1 : la valeur du serveur reste.</translation>
    </message>
    <message>
        <source>List the conflicts syncs kept for review</source>
        <translation>Lister les conflits de synchronisation à examiner</translation>
    </message>
    <message>
        <source>Keep the server&apos;s or this computer&apos;s value of a conflict</source>
        <translation>Garder la valeur du serveur ou de cet ordinateur pour un conflit</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>Impossible de lire « %1 » : %2.</translation>
    </message>
    <message>
        <source>The name the library shows.</source>
        <translation>Le nom que la bibliothèque affiche.</translation>
    </message>
    <message>
        <source>sms, email, voice or snippet.</source>
        <translation>sms, email, voice ou snippet.</translation>
    </message>
    <message>
        <source>The e-mail&apos;s subject.</source>
        <translation>L’objet de l’e-mail.</translation>
    </message>
    <message>
        <source>The text: SMS, plain e-mail, voice script or snippet.</source>
        <translation>Le texte : SMS, e-mail en texte brut, script vocal ou extrait.</translation>
    </message>
    <message>
        <source>Read the text from FILE (UTF-8; - for standard input).</source>
        <translation>Lire le texte dans FILE (UTF-8 ; - pour l’entrée standard).</translation>
    </message>
    <message>
        <source>The e-mail&apos;s HTML body.</source>
        <translation>Le corps HTML de l’e-mail.</translation>
    </message>
    <message>
        <source>Read the HTML body from FILE (UTF-8; - for standard input).</source>
        <translation>Lire le corps HTML dans FILE (UTF-8 ; - pour l’entrée standard).</translation>
    </message>
    <message>
        <source>A tag; repeat for several. Replaces the tags it had.</source>
        <translation>Une étiquette ; à répéter pour plusieurs. Remplace les étiquettes qu’il avait.</translation>
    </message>
    <message>
        <source>Print the saved item as JSON.</source>
        <translation>Afficher l’élément enregistré en JSON.</translation>
    </message>
    <message>
        <source>Give either --%1 or --%2, not both.</source>
        <translation>Donnez --%1 ou --%2, pas les deux.</translation>
    </message>
    <message>
        <source>--kind must be one of %1, not &quot;%2&quot;.</source>
        <translation>--kind doit valoir l’un de %1, pas « %2 ».</translation>
    </message>
    <message>
        <source>List the content library: saved messages and snippets.</source>
        <translation>Lister la bibliothèque de contenus : messages et extraits enregistrés.</translation>
    </message>
    <message>
        <source>Only this kind: sms, email, voice or snippet.</source>
        <translation>Seulement ce type : sms, email, voice ou snippet.</translation>
    </message>
    <message>
        <source>Only items with this tag.</source>
        <translation>Seulement les éléments portant cette étiquette.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nom : %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Type : %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes : %1</translation>
    </message>
    <message>
        <source>Recording: %1</source>
        <translation>Enregistrement : %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Modifié : %1</translation>
    </message>
    <message>
        <source>Print one saved item.</source>
        <translation>Afficher un élément enregistré.</translation>
    </message>
    <message>
        <source>The item&apos;s id.</source>
        <translation>L’identifiant de l’élément.</translation>
    </message>
    <message>
        <source>Print it as JSON.</source>
        <translation>L’afficher en JSON.</translation>
    </message>
    <message>
        <source>Save a message or a snippet to the content library.</source>
        <translation>Enregistrer un message ou un extrait dans la bibliothèque de contenus.</translation>
    </message>
    <message>
        <source>iqm content add: give the item a name with --name.</source>
        <translation>iqm content add : donnez un nom à l’élément avec --name.</translation>
    </message>
    <message>
        <source>Change a saved item; what is not given stays as it is.</source>
        <translation>Modifier un élément enregistré ; ce qui n’est pas donné reste tel quel.</translation>
    </message>
    <message>
        <source>Remove every tag.</source>
        <translation>Retirer toutes les étiquettes.</translation>
    </message>
    <message>
        <source>iqm content edit: nothing to change; see --help for the options.</source>
        <translation>iqm content edit : rien à modifier ; --help montre les options.</translation>
    </message>
    <message>
        <source>Give either --tag or --no-tags, not both.</source>
        <translation>Donnez --tag ou --no-tags, pas les deux.</translation>
    </message>
    <message>
        <source>Saved %1 (%2)</source>
        <translation>%1 enregistré (%2)</translation>
    </message>
    <message>
        <source>Copy a saved item under a new name, &quot;NAME (copy)&quot;.</source>
        <translation>Copier un élément enregistré sous un nouveau nom, « NOM (copie) ».</translation>
    </message>
    <message>
        <source>Print the copy as JSON.</source>
        <translation>Afficher la copie en JSON.</translation>
    </message>
    <message>
        <source>Delete a saved item (a tombstone stays until the deletion has synced).</source>
        <translation>Supprimer un élément enregistré (une trace de suppression reste jusqu’à ce que la suppression soit synchronisée).</translation>
    </message>
    <message>
        <source>Deleted %1 (%2)</source>
        <translation>%1 supprimé (%2)</translation>
    </message>
    <message>
        <source>List saved messages and snippets</source>
        <translation>Lister les messages et extraits enregistrés</translation>
    </message>
    <message>
        <source>Print one saved item</source>
        <translation>Afficher un élément enregistré</translation>
    </message>
    <message>
        <source>Save a message or snippet</source>
        <translation>Enregistrer un message ou un extrait</translation>
    </message>
    <message>
        <source>Change a saved item</source>
        <translation>Modifier un élément enregistré</translation>
    </message>
    <message>
        <source>Copy a saved item</source>
        <translation>Copier un élément enregistré</translation>
    </message>
    <message>
        <source>--language needs a language code, e.g. de or fr.</source>
        <translation>--language attend un code de langue, par exemple de ou fr.</translation>
    </message>
    <message>
        <source>--custom-field takes KEY=VALUE (KEY= removes the field), not &quot;%1&quot;.</source>
        <translation>--custom-field attend CLÉ=VALEUR (CLÉ= supprime le champ), pas « %1 ».</translation>
    </message>
    <message>
        <source>iqm contacts edit: nothing to change; give at least one field.</source>
        <translation>iqm contacts edit : rien à modifier ; indiquez au moins un champ.</translation>
    </message>
    <message>
        <source>New given name (empty clears it).</source>
        <translation>Nouveau prénom (vide l’efface).</translation>
    </message>
    <message>
        <source>New middle name.</source>
        <translation>Nouveau deuxième prénom.</translation>
    </message>
    <message>
        <source>New family name.</source>
        <translation>Nouveau nom de famille.</translation>
    </message>
    <message>
        <source>The name lists show, instead of the names.</source>
        <translation>Le nom que les listes affichent à la place des noms.</translation>
    </message>
    <message>
        <source>The notes, replacing the old ones.</source>
        <translation>Les notes, qui remplacent les anciennes.</translation>
    </message>
    <message>
        <source>Preferred language as a tag such as de or pt-BR.</source>
        <translation>Langue préférée, en code comme de ou pt-BR.</translation>
    </message>
    <message>
        <source>Time zone such as Europe/Berlin.</source>
        <translation>Fuseau horaire comme Europe/Berlin.</translation>
    </message>
    <message>
        <source>A phone number; repeat for several. Replaces every number (&quot;&quot; removes them all).</source>
        <translation>Un numéro de téléphone ; à répéter pour plusieurs. Remplace tous les numéros (&quot;&quot; les supprime tous).</translation>
    </message>
    <message>
        <source>An e-mail address; repeat for several. Replaces every address.</source>
        <translation>Une adresse e-mail ; à répéter pour plusieurs. Remplace toutes les adresses.</translation>
    </message>
    <message>
        <source>Set a custom field (repeat for several); KEY= removes it.</source>
        <translation>Définit un champ personnalisé (à répéter pour plusieurs) ; CLÉ= le supprime.</translation>
    </message>
    <message>
        <source>Keep a number that is not valid as typed (it will not be messaged) instead of refusing the edit.</source>
        <translation>Garder tel quel un numéro non valide (il ne recevra aucun message) au lieu de refuser la modification.</translation>
    </message>
    <message>
        <source>Print the edited contact as JSON.</source>
        <translation>Afficher le contact modifié en JSON.</translation>
    </message>
    <message>
        <source>Change a contact&apos;s fields; the fields not given stay as they are.</source>
        <translation>Modifie les champs d’un contact ; les champs non indiqués restent tels quels.</translation>
    </message>
    <message>
        <source>Updated %1 (%2)</source>
        <translation>%1 (%2) mis à jour</translation>
    </message>
    <message>
        <source>Change a contact&apos;s fields</source>
        <translation>Modifier les champs d’un contact</translation>
    </message>
    <message>
        <source>List pairs of contacts that share a phone number or an e-mail address, the most recently changed first.</source>
        <translation>Liste les paires de contacts qui partagent un numéro ou une adresse e-mail, les plus récemment modifiées d’abord.</translation>
    </message>
    <message>
        <source>At most this many pairs (default 5000).</source>
        <translation>Au plus ce nombre de paires (5000 par défaut).</translation>
    </message>
    <message>
        <source>--limit must be a positive number, not &quot;%1&quot;.</source>
        <translation>--limit doit être un nombre positif, pas « %1 ».</translation>
    </message>
    <message>
        <source>Merge two contacts into one: numbers, e-mails, custom fields, groups and consent history of both; where they disagree on consent the stricter wins. The kept contact&apos;s fields win where it has them. Cannot be undone.</source>
        <translation>Fusionne deux contacts : numéros, e-mails, champs personnalisés, groupes et historique des consentements des deux ; en cas de désaccord, le consentement le plus strict l’emporte. Les champs du contact conservé l’emportent quand il en a. Irréversible.</translation>
    </message>
    <message>
        <source>One contact&apos;s id.</source>
        <translation>L’identifiant d’un des contacts.</translation>
    </message>
    <message>
        <source>The other contact&apos;s id.</source>
        <translation>L’identifiant de l’autre contact.</translation>
    </message>
    <message>
        <source>The id of the contact that stays (A or B; default A). The other is deleted.</source>
        <translation>L’identifiant du contact conservé (A ou B ; A par défaut). L’autre est supprimé.</translation>
    </message>
    <message>
        <source>Print the merged contact as JSON.</source>
        <translation>Afficher le contact fusionné en JSON.</translation>
    </message>
    <message>
        <source>--keep must be %1 or %2, not &quot;%3&quot;.</source>
        <translation>--keep doit être %1 ou %2, pas « %3 ».</translation>
    </message>
    <message numerus="yes">
        <source>Merged %1 into %2 (%3): %n group(s) joined</source>
        <translation>
            <numerusform>%1 fusionné dans %2 (%3) : %n groupe rejoint</numerusform>
            <numerusform>%1 fusionné dans %2 (%3) : %n groupes rejoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent change(s) recorded.</source>
        <translation>
            <numerusform>%n changement de consentement enregistré.</numerusform>
            <numerusform>%n changements de consentement enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show every consent change recorded for a contact, oldest first.</source>
        <translation>Affiche chaque changement de consentement enregistré pour un contact, du plus ancien au plus récent.</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>groupe %1</translation>
    </message>
    <message>
        <source>--state must be opted-in, opted-out, pending or unknown, not &quot;%1&quot;.</source>
        <translation>--state doit être opted-in, opted-out, pending ou unknown, pas « %1 ».</translation>
    </message>
    <message>
        <source>--method must be manual, paper, web-form or keyword, not &quot;%1&quot;.</source>
        <translation>--method doit être manual, paper, web-form ou keyword, pas « %1 ».</translation>
    </message>
    <message>
        <source>Record a contact&apos;s consent for a whole channel or for one group, with where and how it was given.</source>
        <translation>Enregistre le consentement d’un contact pour un canal entier ou un groupe, avec où et comment il a été donné.</translation>
    </message>
    <message>
        <source>sms, email or voice.</source>
        <translation>sms, email ou voice.</translation>
    </message>
    <message>
        <source>A group (name or id) instead of a channel.</source>
        <translation>Un groupe (nom ou identifiant) au lieu d’un canal.</translation>
    </message>
    <message>
        <source>opted-in, opted-out, pending or unknown (required).</source>
        <translation>opted-in, opted-out, pending ou unknown (obligatoire).</translation>
    </message>
    <message>
        <source>manual (default), paper, web-form or keyword.</source>
        <translation>manual (par défaut), paper, web-form ou keyword.</translation>
    </message>
    <message>
        <source>Where and how the person agreed or refused (required).</source>
        <translation>Où et comment la personne a accepté ou refusé (obligatoire).</translation>
    </message>
    <message>
        <source>Give either --channel or --group.</source>
        <translation>Indiquez soit --channel, soit --group.</translation>
    </message>
    <message>
        <source>--channel must be sms, email or voice, not &quot;%1&quot;.</source>
        <translation>--channel doit être sms, email ou voice, pas « %1 ».</translation>
    </message>
    <message>
        <source>Recorded %1 for %2</source>
        <translation>%1 enregistré pour %2</translation>
    </message>
    <message>
        <source>List likely duplicate contacts</source>
        <translation>Lister les doublons probables</translation>
    </message>
    <message>
        <source>Merge two contacts into one</source>
        <translation>Fusionner deux contacts</translation>
    </message>
    <message>
        <source>Record consent for a channel or a group</source>
        <translation>Enregistrer un consentement pour un canal ou un groupe</translation>
    </message>
    <message>
        <source>Show a contact&apos;s consent history</source>
        <translation>Afficher l’historique des consentements d’un contact</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) waiting for a connection sent.</source>
        <translation>
            <numerusform>%n campagne en attente envoyée.</numerusform>
            <numerusform>%n campagnes en attente envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for a connection</source>
        <translation>en attente d’une connexion</translation>
    </message>
    <message>
        <source>Make a campaign draft: its audience, channel, kind and text.</source>
        <translation>Créer un brouillon de campagne : public, canal, type et texte.</translation>
    </message>
    <message>
        <source>The campaign&apos;s name.</source>
        <translation>Le nom de la campagne.</translation>
    </message>
    <message>
        <source>A group to send to, by name or id; repeat for several.</source>
        <translation>Un groupe destinataire, par nom ou identifiant ; à répéter pour plusieurs.</translation>
    </message>
    <message>
        <source>Leave out the members of this group; repeat for several.</source>
        <translation>Exclure les membres de ce groupe ; à répéter pour plusieurs.</translation>
    </message>
    <message>
        <source>A single contact to send to, by id; repeat for several.</source>
        <translation>Un contact destinataire, par identifiant ; à répéter pour plusieurs.</translation>
    </message>
    <message>
        <source>marketing (the default) or transactional.</source>
        <translation>marketing (par défaut) ou transactional.</translation>
    </message>
    <message>
        <source>The message, with fields such as {{first_name}}.</source>
        <translation>Le message, avec des champs comme {{first_name}}.</translation>
    </message>
    <message>
        <source>A saved message of the content library, by id.</source>
        <translation>Un message enregistré de la bibliothèque de contenus, par identifiant.</translation>
    </message>
    <message>
        <source>When to send (ISO 8601); without it, when sent.</source>
        <translation>Quand envoyer (ISO 8601) ; sinon, à l’envoi.</translation>
    </message>
    <message>
        <source>The time zone of --at, e.g. Europe/Berlin.</source>
        <translation>Le fuseau horaire de --at, par ex. Europe/Berlin.</translation>
    </message>
    <message>
        <source>Print the campaign as JSON.</source>
        <translation>Afficher la campagne en JSON.</translation>
    </message>
    <message>
        <source>--channel must be sms, email or voice.</source>
        <translation>--channel doit être sms, email ou voice.</translation>
    </message>
    <message>
        <source>--kind must be marketing or transactional.</source>
        <translation>--kind doit être marketing ou transactional.</translation>
    </message>
    <message>
        <source>Give either --text or --template.</source>
        <translation>Indiquez soit --text, soit --template.</translation>
    </message>
    <message>
        <source>Give at least one --group or --contact.</source>
        <translation>Indiquez au moins un --group ou un --contact.</translation>
    </message>
    <message>
        <source>--time-zone goes with --at.</source>
        <translation>--time-zone va avec --at.</translation>
    </message>
    <message>
        <source>Created campaign %1 (%2), a draft; &apos;iqm campaign preflight %2&apos; shows who gets it.</source>
        <translation>Campagne %1 (%2) créée en brouillon ; « iqm campaign preflight %2 » montre qui la recevra.</translation>
    </message>
    <message>
        <source>Show who will get the campaign&apos;s message, who will not and why, and what it costs.</source>
        <translation>Montrer qui recevra le message de la campagne, qui ne le recevra pas et pourquoi, et son coût.</translation>
    </message>
    <message>
        <source>The campaign&apos;s id.</source>
        <translation>L’identifiant de la campagne.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Afficher le rapport en JSON.</translation>
    </message>
    <message>
        <source>%1 recipient(s), %2 of them held for quiet hours; %3 excluded.</source>
        <translation>%1 destinataire(s), dont %2 retenu(s) pour les heures calmes ; %3 exclu(s).</translation>
    </message>
    <message>
        <source>%1 segment(s), about %2 %3.</source>
        <translation>%1 segment(s), environ %2 %3.</translation>
    </message>
    <message>
        <source>held until %1</source>
        <translation>retenu jusqu’à %1</translation>
    </message>
    <message>
        <source>Send the campaign now, or at its time. Without a connection it waits and goes out with the next sync or send.</source>
        <translation>Envoyer la campagne maintenant, ou à son heure. Sans connexion, elle attend et part avec la prochaine synchronisation ou le prochain envoi.</translation>
    </message>
    <message>
        <source>Campaign %1 is waiting for a connection: %2 It goes out with the next &apos;iqm sync&apos; or &apos;iqm campaign send&apos;.</source>
        <translation>La campagne %1 attend une connexion : %2 Elle partira avec le prochain « iqm sync » ou « iqm campaign send ».</translation>
    </message>
    <message>
        <source>Campaign %1 is %2.</source>
        <translation>Campagne %1 : %2.</translation>
    </message>
    <message>
        <source>Pause a running or scheduled campaign.</source>
        <translation>Mettre en pause une campagne en cours ou planifiée.</translation>
    </message>
    <message>
        <source>Resume a paused campaign.</source>
        <translation>Reprendre une campagne en pause.</translation>
    </message>
    <message>
        <source>Cancel a campaign; sent messages stay sent, the others are skipped.</source>
        <translation>Annuler une campagne ; les messages envoyés le restent, les autres sont ignorés.</translation>
    </message>
    <message>
        <source>List the campaigns, newest first, with their state and counts.</source>
        <translation>Lister les campagnes, les plus récentes d’abord, avec leur état et leurs chiffres.</translation>
    </message>
    <message>
        <source>No campaigns yet. Make one with &apos;iqm campaign create&apos;.</source>
        <translation>Aucune campagne pour l’instant. Créez-en une avec « iqm campaign create ».</translation>
    </message>
    <message>
        <source>%1 recipient(s), %2 delivered</source>
        <translation>%1 destinataire(s), %2 remis</translation>
    </message>
    <message>
        <source>Show a campaign&apos;s state and each recipient&apos;s message, from the server when it can be reached, else as of the last sync.</source>
        <translation>Montrer l’état d’une campagne et le message de chaque destinataire, depuis le serveur s’il est joignable, sinon à la dernière synchronisation.</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1); this is the state of the last sync.</source>
        <translation>Le serveur est injoignable (%1) ; voici l’état de la dernière synchronisation.</translation>
    </message>
    <message>
        <source>Make a campaign draft</source>
        <translation>Créer un brouillon de campagne</translation>
    </message>
    <message>
        <source>Who gets a campaign, who does not and why</source>
        <translation>Qui reçoit une campagne, qui non et pourquoi</translation>
    </message>
    <message>
        <source>Send a campaign (queued while offline)</source>
        <translation>Envoyer une campagne (en attente hors ligne)</translation>
    </message>
    <message>
        <source>Pause a running campaign</source>
        <translation>Mettre en pause une campagne en cours</translation>
    </message>
    <message>
        <source>Resume a paused campaign</source>
        <translation>Reprendre une campagne en pause</translation>
    </message>
    <message>
        <source>Cancel a campaign</source>
        <translation>Annuler une campagne</translation>
    </message>
    <message>
        <source>List campaigns</source>
        <translation>Lister les campagnes</translation>
    </message>
    <message>
        <source>A campaign&apos;s state and messages</source>
        <translation>État et messages d’une campagne</translation>
    </message>
    <message>
        <source>Delete a saved item</source>
        <translation>Supprimer un élément enregistré</translation>
    </message>
    <message>
        <source>Messages: %1</source>
        <translation>Messages : %1</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Undeliverable</source>
        <translation>Impossibles à remettre</translation>
    </message>
    <message>
        <source>Still pending</source>
        <translation>Encore en attente</translation>
    </message>
    <message>
        <source>Opted out since</source>
        <translation>Désinscrits depuis</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Ont répondu</translation>
    </message>
    <message>
        <source>Failures by reason:</source>
        <translation>Échecs par motif :</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(aucun code)</translation>
    </message>
    <message>
        <source>What a campaign achieved, as of the last sync: delivered, failed, undeliverable and pending messages, opt-outs and replies since, failures by reason and deliveries over time.</source>
        <translation>Ce qu&apos;une campagne a obtenu, à la dernière synchronisation : messages remis, en échec, impossibles à remettre et en attente, désinscriptions et réponses depuis, échecs par motif et remises dans le temps.</translation>
    </message>
    <message>
        <source>What a campaign achieved, with failures by reason</source>
        <translation>Ce qu&apos;une campagne a obtenu, avec les échecs par motif</translation>
    </message>
    <message>
        <source>Only this campaign&apos;s, by id.</source>
        <translation>Uniquement ceux de cette campagne, par ID.</translation>
    </message>
    <message>
        <source>Only calls with this outcome (answered, voicemail, no_answer, busy) or type (inbound, outbound, campaign...); several separated by commas.</source>
        <translation>Uniquement les appels avec ce résultat (answered, voicemail, no_answer, busy) ou ce type (inbound, outbound, campaign...) ; plusieurs séparés par des virgules.</translation>
    </message>
    <message>
        <source>Only messages in this status (queued, held, sent, delivered, failed, undeliverable, skipped); several separated by commas.</source>
        <translation>Uniquement les messages dans cet état (queued, held, sent, delivered, failed, undeliverable, skipped) ; plusieurs séparés par des virgules.</translation>
    </message>
    <message>
        <source>Only sms, email or voice.</source>
        <translation>Uniquement sms, email ou voice.</translation>
    </message>
    <message>
        <source>Only this contact&apos;s, by id.</source>
        <translation>Uniquement ceux de ce contact, par ID.</translation>
    </message>
    <message>
        <source>From this date or time on (2026-03-01, 2026-03-01T09:30).</source>
        <translation>À partir de cette date ou heure (2026-03-01, 2026-03-01T09:30).</translation>
    </message>
    <message>
        <source>Up to this date (the whole day) or time.</source>
        <translation>Jusqu&apos;à cette date (journée entière) ou heure.</translation>
    </message>
    <message>
        <source>Only those whose recipient&apos;s name, number or address, or text, contains this.</source>
        <translation>Uniquement ceux dont le nom, le numéro ou l&apos;adresse du destinataire, ou le texte, contient ceci.</translation>
    </message>
    <message>
        <source>Print CSV (safe to open in a spreadsheet).</source>
        <translation>Afficher du CSV (sans risque à ouvrir dans un tableur).</translation>
    </message>
    <message>
        <source>--%1 takes a date (2026-03-01) or a time (2026-03-01T09:30), not &quot;%2&quot;.</source>
        <translation>--%1 attend une date (2026-03-01) ou une heure (2026-03-01T09:30), pas « %2 ».</translation>
    </message>
    <message>
        <source>Choose one of --json and --csv.</source>
        <translation>Choisissez soit --json, soit --csv.</translation>
    </message>
    <message>
        <source>List the messages sent, newest first, with their status, error and status history, as of the last sync.</source>
        <translation>Lister les messages envoyés, du plus récent au plus ancien, avec leur état, leur erreur et l&apos;historique de leur état, à la dernière synchronisation.</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>Aucun message.</translation>
    </message>
    <message>
        <source>List the calls, newest first, as of the last sync.</source>
        <translation>Lister les appels, du plus récent au plus ancien, à la dernière synchronisation.</translation>
    </message>
    <message>
        <source>No calls.</source>
        <translation>Aucun appel.</translation>
    </message>
    <message>
        <source>Show everything between the business and a contact, newest first: messages with their status, calls, replies, consent changes, imports and merges, as of the last sync.</source>
        <translation>Afficher tout ce qui s&apos;est passé entre l&apos;entreprise et un contact, du plus récent au plus ancien : messages avec leur état, appels, réponses, changements de consentement, importations et fusions, à la dernière synchronisation.</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Rien pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The messages sent, with status and errors</source>
        <translation>Les messages envoyés, avec leur état et leurs erreurs</translation>
    </message>
    <message>
        <source>The calls made and received</source>
        <translation>Les appels passés et reçus</translation>
    </message>
    <message>
        <source>Everything between the business and a contact</source>
        <translation>Tout ce qui s&apos;est passé entre l&apos;entreprise et un contact</translation>
    </message>
    <message>
        <source>Only messages that failed with this error code (30003...); several separated by commas.</source>
        <translation>Uniquement les messages en échec avec ce code d&apos;erreur (30003...) ; plusieurs séparés par des virgules.</translation>
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
