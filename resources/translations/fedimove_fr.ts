<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ArchiveWizard</name>
    <message>
        <source>This file or folder is not there.</source>
        <translation>Ce fichier ou ce dossier n’existe pas.</translation>
    </message>
    <message>
        <source>This is not a Twitter archive: choose the ZIP file Twitter sent you, or the folder you unzipped it into.</source>
        <translation>Ce n’est pas une archive Twitter : choisissez le fichier ZIP envoyé par Twitter, ou le dossier dans lequel vous l’avez décompressé.</translation>
    </message>
    <message>
        <source>Drop one archive at a time: the ZIP file or its folder.</source>
        <translation>Déposez une seule archive à la fois : le fichier ZIP ou son dossier.</translation>
    </message>
    <message>
        <source>Import your Twitter archive</source>
        <translation>Importer votre archive Twitter</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>Choose your archive</source>
        <translation>Choisissez votre archive</translation>
    </message>
    <message>
        <source>The ZIP file Twitter sent you, or the folder you unzipped it into.</source>
        <translation>Le fichier ZIP envoyé par Twitter, ou le dossier dans lequel vous l’avez décompressé.</translation>
    </message>
    <message>
        <source>Drop your archive here</source>
        <translation>Déposez votre archive ici</translation>
    </message>
    <message>
        <source>Choose the ZIP file…</source>
        <translation>Choisir le fichier ZIP…</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <source>Chosen archive</source>
        <translation>Archive choisie</translation>
    </message>
    <message>
        <source>Choose your Twitter archive</source>
        <translation>Choisissez votre archive Twitter</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>Archives ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Choose the unzipped archive</source>
        <translation>Choisissez l’archive décompressée</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <translation>Archive : %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong: {detail}</source>
        <translation>Un problème est survenu : {detail}</translation>
    </message>
    <message>
        <source>Stopped. What was finished is kept.</source>
        <translation>Arrêté. Ce qui était terminé est conservé.</translation>
    </message>
    <message>
        <source>The workspace cannot be opened: {detail}</source>
        <translation>Impossible d’ouvrir l’espace de travail : {detail}</translation>
    </message>
    <message>
        <source>Another Fedimove window or command is already doing this. Try again later.</source>
        <translation>Une autre fenêtre ou commande Fedimove est déjà en train de le faire. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>No password manager (keyring) is available on this computer, so sign-ins cannot be remembered. They can be kept until Fedimove quits.</source>
        <translation>Aucun gestionnaire de mots de passe (trousseau) n’est disponible sur cet ordinateur : les connexions ne peuvent pas être mémorisées. Elles peuvent être gardées jusqu’à la fermeture de Fedimove.</translation>
    </message>
    <message>
        <source>Unexpected error; the details are in the log file.</source>
        <translation>Erreur inattendue ; les détails sont dans le fichier journal.</translation>
    </message>
    <message>
        <source>Only https:// servers can be used (plain http only on this computer): {detail}</source>
        <translation>Seuls les serveurs https:// sont acceptés (http simple uniquement sur cet ordinateur) : {detail}</translation>
    </message>
    <message>
        <source>This is not a server address: {detail}</source>
        <translation>Ce n’est pas une adresse de serveur : {detail}</translation>
    </message>
    <message>
        <source>The server {instance} cannot be reached ({detail}). Check the address and your connection, then try again.</source>
        <translation>Le serveur {instance} est injoignable ({detail}). Vérifiez l’adresse et votre connexion, puis réessayez.</translation>
    </message>
    <message>
        <source>{instance} does not offer the Mastodon API, so Fedimove cannot sign in there.</source>
        <translation>{instance} ne propose pas l’API de Mastodon : Fedimove ne peut pas s’y connecter.</translation>
    </message>
    <message>
        <source>You are not signed in to a Mastodon server. Sign in first (fedimove mastodon login --instance URL).</source>
        <translation>Vous n’êtes connecté à aucun serveur Mastodon. Connectez-vous d’abord (fedimove mastodon login --instance URL).</translation>
    </message>
    <message>
        <source>Signing in to {instance} did not work: {detail}</source>
        <translation>La connexion à {instance} n’a pas abouti : {detail}</translation>
    </message>
    <message>
        <source>The server {instance} refused the sign-in (it was cancelled or denied).</source>
        <translation>Le serveur {instance} a refusé la connexion (elle a été annulée ou refusée).</translation>
    </message>
    <message>
        <source>{instance} no longer accepts Fedimove&apos;s sign-in (it was revoked or expired). Sign in again; nothing that was done is lost.</source>
        <translation>{instance} n’accepte plus la connexion de Fedimove (elle a été révoquée ou a expiré). Reconnectez-vous ; rien de ce qui a été fait n’est perdu.</translation>
    </message>
</context>
<context>
    <name>FollowsPage</name>
    <message>
        <source>Your follows</source>
        <translation>Vos abonnements</translation>
    </message>
    <message>
        <source>Fedimove needs the list of accounts you follow on Twitter. Your Twitter data archive has it, even now that Twitter&apos;s API is closed.</source>
        <translation>Fedimove a besoin de la liste des comptes que vous suivez sur Twitter. Votre archive de données Twitter la contient, même maintenant que l’API de Twitter est fermée.</translation>
    </message>
    <message>
        <source>accounts you follow</source>
        <translation>comptes suivis</translation>
    </message>
    <message>
        <source>followers</source>
        <translation>abonnés</translation>
    </message>
    <message>
        <source>lists</source>
        <translation>listes</translation>
    </message>
    <message>
        <source>usernames known</source>
        <translation>noms d’utilisateur connus</translation>
    </message>
    <message>
        <source>Nothing imported yet. Start with your Twitter archive.</source>
        <translation>Rien n’a encore été importé. Commencez par votre archive Twitter.</translation>
    </message>
    <message>
        <source>Import your archive…</source>
        <translation>Importer votre archive…</translation>
    </message>
    <message>
        <source>Use Twitter access instead</source>
        <translation>Passer plutôt par l’accès Twitter</translation>
    </message>
    <message>
        <source>Next: your Mastodon account</source>
        <translation>Suite : votre compte Mastodon</translation>
    </message>
    <message>
        <source>Import a newer archive…</source>
        <translation>Importer une archive plus récente…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fedimove</source>
        <translation>Fedimove</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import a Twitter archive…</source>
        <translation>&amp;Importer une archive Twitter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Celle du système</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Fedimove</source>
        <translation>À &amp;propos de Fedimove</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>archive in use</source>
        <translation>archive utilisée</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n trouvé</numerusform>
            <numerusform>%n trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n followed</source>
        <translation>
            <numerusform>%n suivi</numerusform>
            <numerusform>%n suivis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow(s) are still waiting from last time. Resume where you stopped?</source>
        <translation>
            <numerusform>%n abonnement attend encore depuis la dernière fois. Reprendre là où vous vous étiez arrêté ?</numerusform>
            <numerusform>%n abonnements attendent encore depuis la dernière fois. Reprendre là où vous vous étiez arrêté ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language will be used the next time you open Fedimove.</source>
        <translation>La nouvelle langue sera utilisée à la prochaine ouverture de Fedimove.</translation>
    </message>
    <message>
        <source>About Fedimove</source>
        <translation>À propos de Fedimove</translation>
    </message>
    <message>
        <source>Fedimove %1 moves your Twitter follows and lists to Mastodon, on your own computer. Nothing leaves it except requests to Twitter and to fediverse servers.</source>
        <translation>Fedimove %1 transfère vos abonnements et vos listes Twitter vers Mastodon, sur votre propre ordinateur. Rien n’en sort, à part les requêtes vers Twitter et vers les serveurs du fédivers.</translation>
    </message>
</context>
<context>
    <name>Mastodon</name>
    <message>
        <source>Signed in as @{address}.</source>
        <translation>Connecté en tant que @{address}.</translation>
    </message>
    <message>
        <source>Your browser is opening to sign in to {instance}.</source>
        <translation>Votre navigateur s’ouvre pour vous connecter à {instance}.</translation>
    </message>
    <message>
        <source>If the browser does not come back to Fedimove, open this address, sign in, and paste the code the server shows here:</source>
        <translation>Si le navigateur ne revient pas vers Fedimove, ouvrez cette adresse, connectez-vous et collez ici le code affiché par le serveur :</translation>
    </message>
    <message>
        <source>no answer from the browser</source>
        <translation>pas de réponse du navigateur</translation>
    </message>
    <message>
        <source>Not signed in to Mastodon.</source>
        <translation>Non connecté à Mastodon.</translation>
    </message>
    <message>
        <source>Signed out of {address}; the server revoked the access.</source>
        <translation>Déconnecté de {address} ; le serveur a révoqué l’accès.</translation>
    </message>
    <message>
        <source>Signed out of {address} on this computer. The server could not be told: remove Fedimove from its settings (Account › Authorized apps) if you wish.</source>
        <translation>Déconnecté de {address} sur cet ordinateur. Le serveur n’a pas pu être prévenu : retirez Fedimove de ses réglages (Compte › Applications autorisées) si vous le souhaitez.</translation>
    </message>
</context>
<context>
    <name>MastodonPage</name>
    <message>
        <source>Mastodon account</source>
        <translation>Compte Mastodon</translation>
    </message>
    <message>
        <source>Sign in to the Mastodon server where you want to follow people. You sign in on your server&apos;s own page, in your browser: Fedimove never sees your password.</source>
        <translation>Connectez-vous au serveur Mastodon depuis lequel vous voulez suivre ces personnes. La connexion se fait sur la page de votre serveur, dans votre navigateur : Fedimove ne voit jamais votre mot de passe.</translation>
    </message>
    <message>
        <source>Signing in to Mastodon is not part of this version of Fedimove yet.</source>
        <translation>La connexion à Mastodon ne fait pas encore partie de cette version de Fedimove.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
</context>
<context>
    <name>MatchDetails</name>
    <message>
        <source>Match details</source>
        <translation>Détails de la correspondance</translation>
    </message>
    <message>
        <source>Fediverse address</source>
        <translation>Adresse dans le fédivers</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Open the profile</source>
        <translation>Ouvrir le profil</translation>
    </message>
    <message>
        <source>Open on X</source>
        <translation>Ouvrir sur X</translation>
    </message>
    <message>
        <source>Not this person</source>
        <translation>Ce n’est pas cette personne</translation>
    </message>
    <message>
        <source>Fedimove will not follow this address for this account.</source>
        <translation>Fedimove ne suivra pas cette adresse pour ce compte.</translation>
    </message>
    <message>
        <source>Choose a row to see its evidence.</source>
        <translation>Choisissez une ligne pour voir ses preuves.</translation>
    </message>
    <message>
        <source>On Twitter: @%1</source>
        <translation>Sur Twitter : @%1</translation>
    </message>
    <message>
        <source>On Twitter: account #%1 (username not known yet)</source>
        <translation>Sur Twitter : compte n° %1 (nom d’utilisateur pas encore connu)</translation>
    </message>
    <message>
        <source>On the fediverse: %1</source>
        <translation>Dans le fédivers : %1</translation>
    </message>
    <message>
        <source>On the fediverse: no address found</source>
        <translation>Dans le fédivers : aucune adresse trouvée</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>No evidence recorded.</source>
        <translation>Aucune preuve enregistrée.</translation>
    </message>
</context>
<context>
    <name>MatchTableModel</name>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>On Twitter</source>
        <translation>Sur Twitter</translation>
    </message>
    <message>
        <source>Fediverse address</source>
        <translation>Adresse dans le fédivers</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>MatchesPage</name>
    <message>
        <source>Matches</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <source>For each account you follow, Fedimove looks for its fediverse address and shows how sure it is and why. Check the ones marked “possible”.</source>
        <translation>Pour chaque compte que vous suivez, Fedimove cherche son adresse dans le fédivers et indique à quel point il en est sûr, et pourquoi. Vérifiez celles marquées « possible ».</translation>
    </message>
    <message>
        <source>Finding fediverse addresses is not part of this version of Fedimove yet: the table lists the accounts you follow.</source>
        <translation>La recherche d’adresses dans le fédivers ne fait pas encore partie de cette version de Fedimove : le tableau liste les comptes que vous suivez.</translation>
    </message>
    <message>
        <source>Search names, @usernames, addresses</source>
        <translation>Chercher des noms, des @utilisateurs, des adresses</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Any confidence</source>
        <translation>Toute confiance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Décompte</translation>
    </message>
    <message>
        <source>Follow all shown</source>
        <translation>Suivre tous ceux affichés</translation>
    </message>
    <message>
        <source>Follow none of those shown</source>
        <translation>Ne suivre aucun de ceux affichés</translation>
    </message>
    <message>
        <source>Next: migrate</source>
        <translation>Suite : migrer</translation>
    </message>
    <message>
        <source>Showing %1 of %2.</source>
        <translation>%1 affichés sur %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) will be followed.</source>
        <translation>
            <numerusform>%n compte sera suivi.</numerusform>
            <numerusform>%n comptes seront suivis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MigratePage</name>
    <message>
        <source>Migrate</source>
        <translation>Migrer</translation>
    </message>
    <message>
        <source>Fedimove follows your matches on Mastodon, at the pace your server allows. You can pause, close the app, and continue later: nobody is followed twice.</source>
        <translation>Fedimove suit vos correspondances sur Mastodon, au rythme que votre serveur autorise. Vous pouvez faire une pause, fermer l’application et reprendre plus tard : personne n’est suivi deux fois.</translation>
    </message>
    <message>
        <source>Following on Mastodon is not part of this version of Fedimove yet.</source>
        <translation>Le suivi sur Mastodon ne fait pas encore partie de cette version de Fedimove.</translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message>
        <source>Get your Twitter archive</source>
        <translation>Obtenir votre archive Twitter</translation>
    </message>
    <message>
        <source>Twitter keeps a copy of your data, including who you follow. Ask for it once.</source>
        <translation>Twitter garde une copie de vos données, y compris les comptes que vous suivez. Demandez-la une fois.</translation>
    </message>
    <message>
        <source>1. Open the download page of x.com (it opens in your browser).</source>
        <translation>1. Ouvrez la page de téléchargement de x.com (elle s’ouvre dans votre navigateur).</translation>
    </message>
    <message>
        <source>2. Sign in, confirm your password, then choose “Request archive”.</source>
        <translation>2. Connectez-vous, confirmez votre mot de passe, puis choisissez « Demander l’archive ».</translation>
    </message>
    <message>
        <source>3. Wait for the message saying your archive is ready (from a day to a few days), then download the ZIP file.</source>
        <translation>3. Attendez le message annonçant que votre archive est prête (d’un jour à quelques jours), puis téléchargez le fichier ZIP.</translation>
    </message>
    <message>
        <source>4. Come back here and choose that file. You do not need to unzip it.</source>
        <translation>4. Revenez ici et choisissez ce fichier. Inutile de le décompresser.</translation>
    </message>
    <message>
        <source>Open the download page</source>
        <translation>Ouvrir la page de téléchargement</translation>
    </message>
    <message>
        <source>Open x.com&apos;s archive download page</source>
        <translation>Ouvrir la page de téléchargement de l’archive sur x.com</translation>
    </message>
    <message>
        <source>Already have your archive? Click Next to choose it.</source>
        <translation>Vous avez déjà votre archive ? Cliquez sur Suivant pour la choisir.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Probable</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Possible</translation>
    </message>
    <message>
        <source>No address</source>
        <translation>Sans adresse</translation>
    </message>
    <message>
        <source>Two independent proofs: this is the same person.</source>
        <translation>Deux preuves indépendantes : c’est la même personne.</translation>
    </message>
    <message>
        <source>The account itself published this address, and it exists.</source>
        <translation>Le compte a lui-même publié cette adresse, et elle existe.</translation>
    </message>
    <message>
        <source>Only the same username or a similar name: please check before following.</source>
        <translation>Seulement le même nom d’utilisateur ou un nom proche : vérifiez avant de suivre.</translation>
    </message>
    <message>
        <source>No fediverse address found for this account.</source>
        <translation>Aucune adresse du fédivers trouvée pour ce compte.</translation>
    </message>
    <message>
        <source>To follow</source>
        <translation>À suivre</translation>
    </message>
    <message>
        <source>Followed</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Follow requested</source>
        <translation>Demande envoyée</translation>
    </message>
    <message>
        <source>Already followed</source>
        <translation>Déjà suivi</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>A déménagé</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Disparu</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Not this person</source>
        <translation>Ce n’est pas cette personne</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>Reading your archive</source>
        <translation>Lecture de votre archive</translation>
    </message>
    <message>
        <source>Only what matters is read: who you follow, your lists, and names in tweets.</source>
        <translation>Seul l’essentiel est lu : les comptes que vous suivez, vos listes et les noms cités dans vos tweets.</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Progression de la lecture</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop reading the archive</source>
        <translation>Arrêter la lecture de l’archive</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>The archive reader is not part of this version of Fedimove yet.</source>
        <translation>La lecture d’archive ne fait pas encore partie de cette version de Fedimove.</translation>
    </message>
    <message>
        <source>Reading your archive…</source>
        <translation>Lecture de votre archive…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed in your workspace.</source>
        <translation>Arrêté. Rien n’a été modifié dans votre espace de travail.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Fedimove is now signed in. You can close this page and go back to Fedimove.</source>
        <translation>Fedimove est maintenant connecté. Vous pouvez fermer cette page et revenir à Fedimove.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled. You can close this page and try again in Fedimove.</source>
        <translation>La connexion a été annulée. Vous pouvez fermer cette page et réessayer dans Fedimove.</translation>
    </message>
    <message>
        <source>This page is not part of the sign-in.</source>
        <translation>Cette page ne fait pas partie de la connexion.</translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation>En attente du navigateur…</translation>
    </message>
    <message>
        <source>Contacting the server</source>
        <translation>Contact du serveur</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Connexion</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Account: @{username} ({id})</source>
        <translation>Compte : @{username} ({id})</translation>
    </message>
    <message>
        <source>Nothing imported yet. Start with: fedimove import-archive PATH</source>
        <translation>Rien n’a encore été importé. Commencez par : fedimove import-archive CHEMIN</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Your archive is read</source>
        <translation>Votre archive est lue</translation>
    </message>
    <message>
        <source>Everything is kept on this computer, in your workspace.</source>
        <translation>Tout reste sur cet ordinateur, dans votre espace de travail.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Account: @%1</source>
        <translation>Compte : @%1</translation>
    </message>
    <message numerus="yes">
        <source>You follow %n account(s).</source>
        <translation>
            <numerusform>Vous suivez %n compte.</numerusform>
            <numerusform>Vous suivez %n comptes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) follow you.</source>
        <translation>
            <numerusform>%n compte vous suit.</numerusform>
            <numerusform>%n comptes vous suivent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list(s).</source>
        <translation>
            <numerusform>%n liste.</numerusform>
            <numerusform>%n listes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Twitter&apos;s archive keeps only numbers for the accounts you follow; the username of %n of them was found in your tweets.</source>
        <translation>
            <numerusform>L’archive de Twitter ne garde que des numéros pour les comptes que vous suivez ; le nom d’utilisateur de %n d’entre eux a été retrouvé dans vos tweets.</numerusform>
            <numerusform>L’archive de Twitter ne garde que des numéros pour les comptes que vous suivez ; le nom d’utilisateur de %n d’entre eux a été retrouvé dans vos tweets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fedimove will look for the other %n when it searches for matches.</source>
        <translation>
            <numerusform>Fedimove cherchera l’autre lors de la recherche de correspondances.</numerusform>
            <numerusform>Fedimove cherchera les %n autres lors de la recherche de correspondances.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TwitterPage</name>
    <message>
        <source>Twitter access</source>
        <translation>Accès à Twitter</translation>
    </message>
    <message>
        <source>In January 2023 Twitter cut off the apps people used to read their follows. Three ways still work, depending on what you have.</source>
        <translation>En janvier 2023, Twitter a coupé les applications qui permettaient de lire ses abonnements. Trois moyens marchent encore, selon ce dont vous disposez.</translation>
    </message>
    <message>
        <source>• Your data archive: always works, takes a day or two to arrive.</source>
        <translation>• Votre archive de données : marche toujours, arrive en un ou deux jours.</translation>
    </message>
    <message>
        <source>• Your own API keys: works if your developer access still allows reading.</source>
        <translation>• Vos propres clés d’API : marchent si votre accès développeur permet encore la lecture.</translation>
    </message>
    <message>
        <source>• Your signed-in x.com session in a built-in browser window.</source>
        <translation>• Votre session x.com, connectée dans une fenêtre de navigateur intégrée.</translation>
    </message>
    <message>
        <source>This version of Fedimove reads your follows from your data archive. Checking API keys and the x.com session are not part of it yet.</source>
        <translation>Cette version de Fedimove lit vos abonnements dans votre archive de données. La vérification des clés d’API et la session x.com n’en font pas encore partie.</translation>
    </message>
    <message>
        <source>Use my archive (recommended)</source>
        <translation>Utiliser mon archive (recommandé)</translation>
    </message>
    <message numerus="yes">
        <source>Your follows are already imported: %n account(s).</source>
        <translation>
            <numerusform>Vos abonnements sont déjà importés : %n compte.</numerusform>
            <numerusform>Vos abonnements sont déjà importés : %n comptes.</numerusform>
        </translation>
    </message>
</context>
</TS>
