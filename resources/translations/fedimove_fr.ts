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
        <source>Finding matches is not part of this version of Fedimove yet.</source>
        <translation>La recherche de correspondances ne fait pas encore partie de cette version de Fedimove.</translation>
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
