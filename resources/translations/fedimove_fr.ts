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
    <name>Block</name>
    <message>
        <source>gone or suspended</source>
        <translation>disparu ou suspendu</translation>
    </message>
    <message>
        <source>not found by your server</source>
        <translation>introuvable par votre serveur</translation>
    </message>
    <message>
        <source>refused by your server</source>
        <translation>refusé par votre serveur</translation>
    </message>
    <message>
        <source>the server kept failing</source>
        <translation>le serveur a échoué à répétition</translation>
    </message>
    <message>
        <source>Nothing to block or mute.</source>
        <translation>Rien à bloquer ni à masquer.</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>Rien n’a été fait.</translation>
    </message>
    <message>
        <source>Done: {blocked} blocked, {muted} muted, {already} already in place, {failed} failed, {pending} still waiting.</source>
        <translation>Terminé : {blocked} bloqués, {muted} masqués, {already} déjà en place, {failed} en échec, {pending} en attente.</translation>
    </message>
    <message>
        <source>  To block: {count}</source>
        <translation>  À bloquer : {count}</translation>
    </message>
    <message>
        <source>  To mute: {count}</source>
        <translation>  À masquer : {count}</translation>
    </message>
    <message>
        <source>  Left out: {count} (match only possible; tick them on the Migrate screen to include them)</source>
        <translation>  Laissés de côté : {count} (correspondance seulement possible ; cochez-les dans l’écran Migrer pour les inclure)</translation>
    </message>
    <message>
        <source>Block {blocks} and mute {mutes} accounts now? [y/N] </source>
        <translation>Bloquer {blocks} et masquer {mutes} comptes maintenant ? [o/N] </translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>Move your Twitter follows and lists to Mastodon. Without a command, opens the app.</source>
        <translation>Transférez vos abonnements et vos listes Twitter vers Mastodon. Sans commande, ouvre l’application.</translation>
    </message>
    <message>
        <source>block on Mastodon whom you blocked on Twitter (re-run to continue)</source>
        <translation>bloquer sur Mastodon les comptes bloqués sur Twitter (relancez pour continuer)</translation>
    </message>
    <message>
        <source>also mute whom you muted</source>
        <translation>masquer aussi les comptes masqués</translation>
    </message>
    <message>
        <source>only print what would be done</source>
        <translation>afficher seulement ce qui serait fait</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>ne pas demander de confirmation</translation>
    </message>
    <message>
        <source>write Mastodon&apos;s import files and a report of every account</source>
        <translation>écrire les fichiers d’importation de Mastodon et un rapport pour chaque compte</translation>
    </message>
    <message>
        <source>folder to write into</source>
        <translation>dossier où écrire</translation>
    </message>
    <message>
        <source>print the fediverse addresses found in each line of stdin</source>
        <translation>afficher les adresses du fédivers trouvées dans chaque ligne de l’entrée standard</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>sortie lisible par un programme (JSON)</translation>
    </message>
    <message>
        <source>follow your matched accounts on Mastodon (re-run to continue)</source>
        <translation>suivre sur Mastodon les comptes trouvés (relancez pour continuer)</translation>
    </message>
    <message>
        <source>also recreate your Twitter lists</source>
        <translation>recréer aussi vos listes Twitter</translation>
    </message>
    <message>
        <source>only print the plan</source>
        <translation>afficher seulement le plan</translation>
    </message>
    <message>
        <source>least sure match to follow (default: likely)</source>
        <translation>correspondance la moins sûre à suivre (par défaut : likely, probable)</translation>
    </message>
    <message>
        <source>read a Twitter data archive (the ZIP or its unzipped folder)</source>
        <translation>lire une archive de données Twitter (le ZIP ou son dossier décompressé)</translation>
    </message>
    <message>
        <source>the archive ZIP or its unzipped folder</source>
        <translation>le ZIP de l’archive ou son dossier décompressé</translation>
    </message>
    <message>
        <source>the archive is another account&apos;s: replace everything the workspace holds</source>
        <translation>l’archive est celle d’un autre compte : remplacer tout le contenu de l’espace de travail</translation>
    </message>
    <message>
        <source>read follows, followers and lists from a browser recording (HAR) of x.com</source>
        <translation>lire abonnements, abonnés et listes depuis un enregistrement de navigateur (HAR) de x.com</translation>
    </message>
    <message>
        <source>the .har file the browser saved</source>
        <translation>le fichier .har enregistré par le navigateur</translation>
    </message>
    <message>
        <source>forget a sign-in</source>
        <translation>oublier une connexion</translation>
    </message>
    <message>
        <source>which sign-in</source>
        <translation>quelle connexion</translation>
    </message>
    <message>
        <source>sign in to your Mastodon server</source>
        <translation>se connecter à votre serveur Mastodon</translation>
    </message>
    <message>
        <source>sign in (in your browser, or with a token)</source>
        <translation>se connecter (dans votre navigateur, ou avec un jeton)</translation>
    </message>
    <message>
        <source>your server, e.g. mastodon.social</source>
        <translation>votre serveur, par exemple mastodon.social</translation>
    </message>
    <message>
        <source>read an existing access token from stdin</source>
        <translation>lire un jeton d’accès existant sur l’entrée standard</translation>
    </message>
    <message>
        <source>do not open a browser; paste the code</source>
        <translation>ne pas ouvrir de navigateur ; coller le code</translation>
    </message>
    <message>
        <source>find the fediverse address of each account you follow, with evidence</source>
        <translation>trouver l’adresse dans le fédivers de chaque compte que vous suivez, avec les preuves</translation>
    </message>
    <message>
        <source>forget earlier results first</source>
        <translation>oublier d’abord les résultats précédents</translation>
    </message>
    <message>
        <source>look again only for accounts without a match</source>
        <translation>chercher à nouveau seulement les comptes sans correspondance</translation>
    </message>
    <message>
        <source>do not look for same usernames on servers</source>
        <translation>ne pas chercher le même nom d’utilisateur sur les serveurs</translation>
    </message>
    <message>
        <source>show what the workspace holds</source>
        <translation>afficher le contenu de l’espace de travail</translation>
    </message>
    <message>
        <source>Twitter/X API access: sign in, check, export</source>
        <translation>accès à l’API de Twitter/X : connexion, vérification, export</translation>
    </message>
    <message>
        <source>save Twitter/X API keys in the system keyring</source>
        <translation>enregistrer les clés d’API de Twitter/X dans le trousseau du système</translation>
    </message>
    <message>
        <source>read JSON keys from stdin: consumer_key, consumer_secret, access_token, access_token_secret, or bearer_token</source>
        <translation>lire les clés en JSON sur l’entrée standard : consumer_key, consumer_secret, access_token, access_token_secret, ou bearer_token</translation>
    </message>
    <message>
        <source>sign in in the browser with a PIN; reads consumer_key and consumer_secret as JSON from the first line of stdin, then the PIN</source>
        <translation>se connecter dans le navigateur avec un code PIN ; lit consumer_key et consumer_secret en JSON sur la première ligne de l’entrée standard, puis le code PIN</translation>
    </message>
    <message>
        <source>say what API access is left, in plain words</source>
        <translation>dire en mots simples quel accès à l’API il reste</translation>
    </message>
    <message>
        <source>export follows and lists through the API</source>
        <translation>exporter abonnements et listes par l’API</translation>
    </message>
    <message>
        <source>stop before reads cost more than this</source>
        <translation>s’arrêter avant que les lectures coûtent plus que ce montant</translation>
    </message>
    <message>
        <source>do not stop at any cost</source>
        <translation>ne s’arrêter à aucun montant</translation>
    </message>
    <message>
        <source>only print what the export may cost (one cheap read), without exporting</source>
        <translation>afficher seulement ce que l’export peut coûter (une lecture peu chère), sans exporter</translation>
    </message>
    <message>
        <source>stop at a rate limit instead of waiting (the next run continues)</source>
        <translation>s’arrêter à une limite de débit au lieu d’attendre (la prochaine exécution continue)</translation>
    </message>
    <message>
        <source>open the &quot;Read from x.com&quot; window (sign in, then read follows and lists)</source>
        <translation>ouvrir la fenêtre « Lire depuis x.com » (se connecter, puis lire abonnements et listes)</translation>
    </message>
    <message>
        <source>~{seconds} s left</source>
        <translation>encore ~{seconds} s</translation>
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
        <source>Nothing imported yet. Start with: fedimove import-archive PATH</source>
        <translation>Rien n’a encore été importé. Commencez par : fedimove import-archive CHEMIN</translation>
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
        <source>The server {instance} cannot be reached. Check the address and your connection, then try again.</source>
        <translation>Le serveur {instance} est injoignable. Vérifiez l’adresse et votre connexion, puis réessayez.</translation>
    </message>
    <message>
        <source>The server {instance} answered, but its security certificate is not valid, so Fedimove does not send it anything. Check the address.</source>
        <translation>Le serveur {instance} a répondu, mais son certificat de sécurité n’est pas valide : Fedimove ne lui envoie donc rien. Vérifiez l’adresse.</translation>
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
    <message>
        <source>The password manager (keyring) did not give back what was stored: {detail}</source>
        <translation>Le gestionnaire de mots de passe (trousseau) n’a pas rendu ce qui y était enregistré : {detail}</translation>
    </message>
    <message>
        <source>The Twitter archive cannot be read: {detail}</source>
        <translation>L&apos;archive Twitter est illisible : {detail}</translation>
    </message>
    <message>
        <source>There is no file or folder at {path}.</source>
        <translation>Il n&apos;y a ni fichier ni dossier à l&apos;emplacement {path}.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {detail}</source>
        <translation>Impossible de lire {path} : {detail}</translation>
    </message>
    <message>
        <source>{path} is not a ZIP file. Choose the ZIP Twitter sent you, or its unzipped folder.</source>
        <translation>{path} n&apos;est pas un fichier ZIP. Choisissez le ZIP envoyé par Twitter, ou son dossier décompressé.</translation>
    </message>
    <message>
        <source>{path} is incomplete: the download or the copy was cut short. Download it again.</source>
        <translation>{path} est incomplet : le téléchargement ou la copie a été interrompu. Téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>The archive is damaged: {member} cannot be unpacked ({detail}).</source>
        <translation>L&apos;archive est endommagée : impossible de décompresser {member} ({detail}).</translation>
    </message>
    <message>
        <source>The archive is password-protected ({member}). Unzip it yourself, then choose the folder.</source>
        <translation>L&apos;archive est protégée par un mot de passe ({member}). Décompressez-la vous-même, puis choisissez le dossier.</translation>
    </message>
    <message>
        <source>The archive was not read: {member} would unpack to more than {limit} (a zip bomb?).</source>
        <translation>L&apos;archive n&apos;a pas été lue : {member} dépasserait {limit} une fois décompressé (une bombe ZIP ?).</translation>
    </message>
    <message>
        <source>The archive was not read: it holds a file with an unsafe name ({member}).</source>
        <translation>L&apos;archive n&apos;a pas été lue : elle contient un fichier au nom dangereux ({member}).</translation>
    </message>
    <message>
        <source>No Twitter data was found in {path}. Choose the ZIP Twitter sent you, or its unzipped folder.</source>
        <translation>Aucune donnée Twitter dans {path}. Choisissez le ZIP envoyé par Twitter, ou son dossier décompressé.</translation>
    </message>
    <message>
        <source>{member} is not a Twitter archive file: {detail}.</source>
        <translation>{member} n&apos;est pas un fichier d&apos;archive Twitter : {detail}.</translation>
    </message>
    <message>
        <source>{member} is damaged near character {offset}: {detail}.</source>
        <translation>{member} est endommagé vers le caractère {offset} : {detail}.</translation>
    </message>
    <message>
        <source>{member} holds an unexpected entry (number {index}): {detail}.</source>
        <translation>{member} contient une entrée inattendue (n° {index}) : {detail}.</translation>
    </message>
    <message>
        <source>The archive holds none of the files Fedimove reads ({detail}). Download it again from Twitter/X.</source>
        <translation>L&apos;archive ne contient aucun des fichiers que Fedimove lit ({detail}). Téléchargez-la à nouveau depuis Twitter/X.</translation>
    </message>
    <message>
        <source>This account has moved and cannot be followed.</source>
        <translation>Ce compte a déménagé et ne peut pas être suivi.</translation>
    </message>
    <message>
        <source>This account no longer exists or is suspended.</source>
        <translation>Ce compte n’existe plus ou est suspendu.</translation>
    </message>
    <message>
        <source>Your server does not let you follow more accounts (it allows 7,500, or more once you have many followers). Nothing else was lost; unfollow some accounts to go on.</source>
        <translation>Votre serveur ne vous permet pas de suivre plus de comptes (il en autorise 7 500, ou davantage quand vous avez beaucoup d’abonné·es). Rien d’autre n’est perdu ; cessez de suivre quelques comptes pour continuer.</translation>
    </message>
    <message>
        <source>The server asks to slow down. Fedimove waits and goes on by itself.</source>
        <translation>Le serveur demande de ralentir. Fedimove attend et reprend tout seul.</translation>
    </message>
    <message>
        <source>The server did not answer properly ({detail}). Fedimove will try again.</source>
        <translation>Le serveur n’a pas répondu correctement ({detail}). Fedimove va réessayer.</translation>
    </message>
    <message>
        <source>Your server keeps failing or cannot be reached ({detail}). Nothing is lost: start again once it works, and Fedimove continues where it stopped.</source>
        <translation>Votre serveur échoue sans cesse ou est injoignable ({detail}). Rien n’est perdu : relancez quand il fonctionne, et Fedimove reprendra là où il s’est arrêté.</translation>
    </message>
    <message>
        <source>The server refused: {detail}</source>
        <translation>Le serveur a refusé : {detail}</translation>
    </message>
    <message>
        <source>Your server allows no more lists (at most 50). Some lists were not created.</source>
        <translation>Votre serveur n’autorise plus de listes (50 au maximum). Certaines listes n’ont pas été créées.</translation>
    </message>
    <message>
        <source>The server refused to add these accounts to a list.</source>
        <translation>Le serveur a refusé d’ajouter ces comptes à une liste.</translation>
    </message>
    <message>
        <source>Nothing was followed: confirm with --yes when not running in a terminal.</source>
        <translation>Aucun compte n’a été suivi : confirmez avec --yes hors d’un terminal.</translation>
    </message>
    <message>
        <source>These Twitter keys cannot be used: {detail}. Expected JSON with consumer_key, consumer_secret, access_token and access_token_secret, or bearer_token.</source>
        <translation>Ces clés Twitter ne sont pas utilisables : {detail}. Attendu : un JSON avec consumer_key, consumer_secret, access_token et access_token_secret, ou bearer_token.</translation>
    </message>
    <message>
        <source>No Twitter keys are saved yet. Run: fedimove twitter login --keys-stdin</source>
        <translation>Aucune clé Twitter n&apos;est encore enregistrée. Lancez : fedimove twitter login --keys-stdin</translation>
    </message>
    <message>
        <source>These keys sign in as @{username}, but this workspace holds another account&apos;s data. Use that account&apos;s keys, or another workspace (FEDIMOVE_DATA_DIR).</source>
        <translation>Ces clés se connectent en tant que @{username}, mais cet espace de travail contient les données d&apos;un autre compte. Utilisez les clés de ce compte, ou un autre espace de travail (FEDIMOVE_DATA_DIR).</translation>
    </message>
    <message>
        <source>The PIN sign-in did not work: {detail}. Start it again for a new PIN.</source>
        <translation>La connexion par code PIN n&apos;a pas fonctionné : {detail}. Recommencez pour obtenir un nouveau code.</translation>
    </message>
    <message>
        <source>Reading x.com failed: {detail}</source>
        <translation>La lecture de x.com a échoué : {detail}</translation>
    </message>
    <message>
        <source>Reading from x.com needs the embedded browser, which is not installed. Install it with: pip install &apos;fedimove[xweb]&apos;</source>
        <translation>La lecture depuis x.com nécessite le navigateur intégré, qui n’est pas installé. Installez-le avec : pip install &apos;fedimove[xweb]&apos;</translation>
    </message>
    <message>
        <source>x.com has changed — use the archive or the API. What was read before is kept. ({detail})</source>
        <translation>x.com a changé — utilisez l’archive ou l’API. Ce qui a déjà été lu est conservé. ({detail})</translation>
    </message>
    <message>
        <source>You are not signed in to x.com (or the sign-in expired). Sign in and start again.</source>
        <translation>Vous n’êtes pas connecté à x.com (ou la connexion a expiré). Connectez-vous et recommencez.</translation>
    </message>
    <message>
        <source>The x.com window is signed in to @{signed_in}, but this workspace holds the data of another account. Sign in as the right account, or use another workspace.</source>
        <translation>La fenêtre x.com est connectée en tant que @{signed_in}, mais cet espace de travail contient les données d’un autre compte. Connectez-vous avec le bon compte, ou utilisez un autre espace de travail.</translation>
    </message>
    <message>
        <source>x.com asks to slow down. What was read is kept; start again after {ready_at} to continue.</source>
        <translation>x.com demande de ralentir. Ce qui a été lu est conservé ; relancez après {ready_at} pour continuer.</translation>
    </message>
    <message>
        <source>x.com stopped loading more accounts before the end of {target}. What was read is kept and marked incomplete; start again later to continue.</source>
        <translation>x.com a cessé de charger des comptes avant la fin de {target}. Ce qui a été lu est conservé et marqué incomplet ; relancez plus tard pour continuer.</translation>
    </message>
    <message>
        <source>{detail} is not a browser recording (HAR). In the browser&apos;s developer tools, open Network and choose “Save all as HAR”.</source>
        <translation>{detail} n’est pas un enregistrement de navigateur (HAR). Dans les outils de développement du navigateur, ouvrez Réseau et choisissez « Tout enregistrer au format HAR ».</translation>
    </message>
    <message>
        <source>This recording holds no list of accounts from x.com. Open your Following page on x.com with the Network tab open, scroll to the end, then save the HAR again.</source>
        <translation>Cet enregistrement ne contient aucune liste de comptes de x.com. Ouvrez votre page Abonnements sur x.com avec l’onglet Réseau ouvert, descendez jusqu’en bas, puis enregistrez à nouveau le HAR.</translation>
    </message>
    <message>
        <source>This recording holds the follows of @{signed_in}, but this workspace holds the data of another account. Record your own pages, or use another workspace.</source>
        <translation>Cet enregistrement contient les abonnements de @{signed_in}, mais cet espace de travail contient les données d’un autre compte. Enregistrez vos propres pages, ou utilisez un autre espace de travail.</translation>
    </message>
    <message>
        <source>This recording holds the follows of several accounts ({detail}); Fedimove cannot tell which one is yours. Record only your own Following and Followers pages.</source>
        <translation>Cet enregistrement contient les abonnements de plusieurs comptes ({detail}) ; Fedimove ne peut pas savoir lequel est le vôtre. N’enregistrez que vos propres pages Abonnements et Abonnés.</translation>
    </message>
    <message>
        <source>Nothing was blocked or muted: confirm with --yes when not running in a terminal.</source>
        <translation>Rien n’a été bloqué ni masqué : confirmez avec --yes hors d’un terminal.</translation>
    </message>
    <message>
        <source>This archive is @{archive}&apos;s; the workspace holds @{workspace}&apos;s. Add --replace to replace everything.</source>
        <translation>Cette archive est celle de @{archive} ; l’espace de travail contient celle de @{workspace}. Ajoutez --replace pour tout remplacer.</translation>
    </message>
    <message>
        <source>This archive has no {file}, the list of accounts you follow: it is incomplete. Use the ZIP Twitter/X sent you, or its unzipped folder with every file.</source>
        <translation>Cette archive n’a pas de {file}, la liste des comptes que vous suivez : elle est incomplète. Utilisez le ZIP envoyé par Twitter/X, ou son dossier décompressé avec tous ses fichiers.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>your server&apos;s Settings › Import and export › Import</source>
        <translation>Préférences › Importation et exportation › Importation de votre serveur</translation>
    </message>
    <message>
        <source>Wrote {path} ({count} accounts to follow).</source>
        <translation>{path} écrit ({count} comptes à suivre).</translation>
    </message>
    <message>
        <source>Wrote {path} ({count} list memberships).</source>
        <translation>{path} écrit ({count} appartenances à des listes).</translation>
    </message>
    <message>
        <source>Wrote {path} (what happened to each of your {count} accounts).</source>
        <translation>{path} écrit (ce qu’il est advenu de chacun de vos {count} comptes).</translation>
    </message>
    <message>
        <source>To follow everyone without the daily limit, open {where}:</source>
        <translation>Pour suivre tout le monde sans limite quotidienne, ouvrez {where} :</translation>
    </message>
    <message>
        <source>  1. Import type &apos;Following list&apos;, file {name}, mode &apos;Merge&apos; (not &apos;Overwrite&apos;, which would unfollow everyone else).</source>
        <translation>  1. Type d’importation « Liste d’abonnements », fichier {name}, mode « Fusionner » (pas « Écraser », qui désabonnerait de tous les autres comptes).</translation>
    </message>
    <message>
        <source>  2. Then import type &apos;Lists&apos;, file {name}, mode &apos;Merge&apos;.</source>
        <translation>  2. Puis type d’importation « Listes », fichier {name}, mode « Fusionner ».</translation>
    </message>
    <message>
        <source>Wrote {path} ({count} accounts to block).</source>
        <translation>{path} écrit ({count} comptes à bloquer).</translation>
    </message>
    <message>
        <source>  Import type &apos;Blocking list&apos;, file {name}, mode &apos;Merge&apos;.</source>
        <translation>  Type d’importation « Liste de comptes bloqués », fichier {name}, mode « Fusionner ».</translation>
    </message>
    <message>
        <source>Wrote {path} ({count} accounts to mute).</source>
        <translation>{path} écrit ({count} comptes à masquer).</translation>
    </message>
    <message>
        <source>  Import type &apos;Muting list&apos;, file {name}, mode &apos;Merge&apos;.</source>
        <translation>  Type d’importation « Liste de comptes masqués », fichier {name}, mode « Fusionner ».</translation>
    </message>
</context>
<context>
    <name>Follow</name>
    <message>
        <source>not found on the fediverse</source>
        <translation>introuvable sur le fédivers</translation>
    </message>
    <message>
        <source>could not be checked yet</source>
        <translation>pas encore vérifié</translation>
    </message>
    <message>
        <source>not searched yet</source>
        <translation>pas encore cherché</translation>
    </message>
    <message>
        <source>match not sure enough</source>
        <translation>correspondance pas assez sûre</translation>
    </message>
    <message>
        <source>rejected by you</source>
        <translation>rejeté par vous</translation>
    </message>
    <message>
        <source>gone or suspended</source>
        <translation>disparu ou suspendu</translation>
    </message>
    <message>
        <source>same address as another account</source>
        <translation>même adresse qu’un autre compte</translation>
    </message>
    <message>
        <source>your own account</source>
        <translation>votre propre compte</translation>
    </message>
    <message>
        <source>blocked or muted by you on Twitter</source>
        <translation>bloqué ou masqué par vous sur Twitter</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>a déménagé</translation>
    </message>
    <message>
        <source>not found by your server</source>
        <translation>introuvable par votre serveur</translation>
    </message>
    <message>
        <source>the server kept failing</source>
        <translation>le serveur a échoué à répétition</translation>
    </message>
    <message>
        <source>refused by your server</source>
        <translation>refusé par votre serveur</translation>
    </message>
    <message>
        <source>Nothing to follow.</source>
        <translation>Rien à suivre.</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>Rien n’a été fait.</translation>
    </message>
    <message>
        <source>Start following now ({count} to follow)? [y/N] </source>
        <translation>Commencer à suivre maintenant ({count} à suivre) ? [o/N] </translation>
    </message>
    <message>
        <source>(not signed in)</source>
        <translation>(non connecté)</translation>
    </message>
    <message>
        <source>Plan for {who} (least sure match followed: {level})</source>
        <translation>Plan pour {who} (correspondance la moins sûre suivie : {level})</translation>
    </message>
    <message>
        <source>  To follow: {count} (of which {requests} as follow requests)</source>
        <translation>  À suivre : {count} (dont {requests} en demandes d’abonnement)</translation>
    </message>
    <message>
        <source>  Already followed: {count}</source>
        <translation>  Déjà suivis : {count}</translation>
    </message>
    <message>
        <source>  Lists to recreate: {count} ({over} over the 50-list limit)</source>
        <translation>  Listes à recréer : {count} ({over} au-delà de la limite de 50 listes)</translation>
    </message>
    <message>
        <source>  Left out: {count} ({why})</source>
        <translation>  Écartés : {count} ({why})</translation>
    </message>
    <message>
        <source>  Today: {count} (the server allows 400 a day)</source>
        <translation>  Aujourd’hui : {count} (le serveur en autorise 400 par jour)</translation>
    </message>
    <message>
        <source>  Everything done around {when}</source>
        <translation>  Tout sera fait vers {when}</translation>
    </message>
    <message>
        <source>  Later: {count}, from {reset} (the daily limit resets at 00:00 UTC)</source>
        <translation>  Plus tard : {count}, à partir de {reset} (la limite quotidienne repart à 00:00 UTC)</translation>
    </message>
    <message>
        <source>  Faster: Mastodon&apos;s own import has no daily limit. Run &apos;fedimove export-csv DIR&apos; and upload the files on your server.</source>
        <translation>  Plus rapide : l’importation de Mastodon n’a pas de limite quotidienne. Lancez « fedimove export-csv DOSSIER » et envoyez les fichiers sur votre serveur.</translation>
    </message>
    <message>
        <source>  Beyond your server&apos;s total follow limit: {count}</source>
        <translation>  Au-delà de la limite totale d’abonnements de votre serveur : {count}</translation>
    </message>
    <message>
        <source>Done: {followed} followed, {requested} requested, {already} already followed, {failed} failed, {pending} still waiting.</source>
        <translation>Terminé : {followed} suivis, {requested} demandés, {already} déjà suivis, {failed} en échec, {pending} en attente.</translation>
    </message>
    <message>
        <source>Lists: {done} recreated, {skipped} not created (limit of 50).</source>
        <translation>Listes : {done} recréées, {skipped} non créées (limite de 50).</translation>
    </message>
</context>
<context>
    <name>FollowJob</name>
    <message>
        <source>Following on Mastodon</source>
        <translation>Abonnements sur Mastodon en cours</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s request limit to reset</source>
        <translation>Attente de la remise à zéro de la limite de requêtes du serveur</translation>
    </message>
    <message>
        <source>Daily follow limit reached; the rest goes on after it resets (00:00 UTC)</source>
        <translation>Limite quotidienne d’abonnements atteinte ; la suite reprend après sa remise à zéro (00:00 UTC)</translation>
    </message>
    <message>
        <source>The server is struggling; trying again shortly</source>
        <translation>Le serveur peine ; nouvel essai dans un instant</translation>
    </message>
    <message>
        <source>Recreating your lists</source>
        <translation>Recréation de vos listes</translation>
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
        <source>This workspace holds the follows of this Twitter account.</source>
        <translation>Cet espace de travail contient les abonnements de ce compte Twitter.</translation>
    </message>
    <message>
        <source>Account #%1</source>
        <translation>Compte n° %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Among them:</source>
        <translation>Parmi eux :</translation>
    </message>
    <message>
        <source>Import a newer archive…</source>
        <translation>Importer une archive plus récente…</translation>
    </message>
    <message>
        <source>%1 (not in this archive)</source>
        <translation>%1 (absent de cette archive)</translation>
    </message>
</context>
<context>
    <name>HarImportBox</name>
    <message>
        <source>A recording from your own browser (HAR)</source>
        <translation>Un enregistrement de votre propre navigateur (HAR)</translation>
    </message>
    <message>
        <source>When the built-in window cannot sign you in: your own browser records what x.com shows you; give Fedimove the file, or drop it here.</source>
        <translation>Quand la fenêtre intégrée ne peut pas vous connecter : votre propre navigateur enregistre ce que x.com vous montre ; donnez le fichier à Fedimove, ou déposez-le ici.</translation>
    </message>
    <message>
        <source>Google and Apple refuse to sign in inside the built-in window, and some people prefer not to sign in inside another app. A recording from your own browser works instead:
1. In Chrome, Edge or Firefox, open x.com and sign in.
2. Press F12 and choose the Network tab.
3. Open your profile › Following and scroll slowly to the end of the list. Do the same for Followers, and for each list&apos;s Members if you want your lists.
4. Chrome and Edge: right-click a request › “Save all as HAR”. Firefox: the cog menu › “Save All As HAR”.
The file also holds your x.com session (cookies). Fedimove reads only x.com’s answers in it and keeps nothing else; delete the file when you are done and never send it to anyone.</source>
        <translation>Google et Apple refusent la connexion dans la fenêtre intégrée, et certaines personnes préfèrent ne pas se connecter dans une autre application. Un enregistrement de votre propre navigateur marche à la place :
1. Dans Chrome, Edge ou Firefox, ouvrez x.com et connectez-vous.
2. Appuyez sur F12 et choisissez l’onglet Réseau.
3. Ouvrez votre profil › Abonnements et faites défiler lentement jusqu’au bout de la liste. Faites de même pour Abonnés, et pour les Membres de chaque liste si vous voulez vos listes.
4. Chrome et Edge : clic droit sur une requête › « Tout enregistrer au format HAR ». Firefox : menu de la roue dentée › « Tout enregistrer au format HAR ».
Le fichier contient aussi votre session x.com (cookies). Fedimove n’y lit que les réponses de x.com et n’en garde rien d’autre ; supprimez le fichier quand vous avez terminé et ne l’envoyez jamais à personne.</translation>
    </message>
    <message>
        <source>Import a browser recording (HAR)…</source>
        <translation>Importer un enregistrement de navigateur (HAR)…</translation>
    </message>
    <message>
        <source>Hide the steps</source>
        <translation>Masquer les étapes</translation>
    </message>
    <message>
        <source>How do I save a HAR?</source>
        <translation>Comment enregistrer un HAR ?</translation>
    </message>
    <message>
        <source>Choose a browser recording</source>
        <translation>Choisir un enregistrement de navigateur</translation>
    </message>
    <message>
        <source>Browser recordings (*.har);;All files (*)</source>
        <translation>Enregistrements de navigateur (*.har);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
</context>
<context>
    <name>ImportArchive</name>
    <message>
        <source>Archive of @{name} imported.</source>
        <translation>Archive de @{name} importée.</translation>
    </message>
    <message>
        <source>Archive imported.</source>
        <translation>Archive importée.</translation>
    </message>
    <message>
        <source>Follows: {following}, followers: {followers}, lists: {lists}.</source>
        <translation>Abonnements : {following}, abonnés : {followers}, listes : {lists}.</translation>
    </message>
    <message>
        <source>Usernames recovered from your tweets: {found} accounts, {resolved} of the accounts you follow.</source>
        <translation>Noms d&apos;utilisateur retrouvés dans vos tweets : {found} comptes, dont {resolved} parmi vos abonnements.</translation>
    </message>
    <message>
        <source>This is a 2013 archive: it holds tweets but no follows or lists. Request a new archive from Twitter/X to get them.</source>
        <translation>C&apos;est une archive de 2013 : elle contient des tweets mais ni abonnements ni listes. Demandez une nouvelle archive à Twitter/X pour les obtenir.</translation>
    </message>
    <message>
        <source>Reading the archive</source>
        <translation>Lecture de l&apos;archive</translation>
    </message>
    <message>
        <source>not in this archive</source>
        <translation>absent de cette archive</translation>
    </message>
    <message>
        <source>Everything Fedimove held of @{previous} was replaced by this archive.</source>
        <translation>Tout ce que Fedimove gardait de @{previous} a été remplacé par cette archive.</translation>
    </message>
    <message>
        <source>Not in this archive: {files}.</source>
        <translation>Absent de cette archive : {files}.</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Writing the import files</source>
        <translation>Écriture des fichiers d’importation</translation>
    </message>
    <message>
        <source>Preparing the report</source>
        <translation>Préparation du rapport</translation>
    </message>
    <message>
        <source>Follow on Mastodon</source>
        <translation>Suivre sur Mastodon</translation>
    </message>
    <message>
        <source>Reading your Twitter archive</source>
        <translation>Lecture de votre archive Twitter</translation>
    </message>
    <message>
        <source>Preparing the plan</source>
        <translation>Préparation du plan</translation>
    </message>
    <message>
        <source>Checking Twitter access</source>
        <translation>Vérification de l&apos;accès à Twitter</translation>
    </message>
    <message>
        <source>Exporting from the Twitter API</source>
        <translation>Export depuis l&apos;API Twitter</translation>
    </message>
    <message>
        <source>Estimating what the export may cost</source>
        <translation>Estimation du coût possible de l&apos;export</translation>
    </message>
    <message>
        <source>Preparing the blocks and mutes</source>
        <translation>Préparation des blocages et des masquages</translation>
    </message>
    <message>
        <source>Block and mute on Mastodon</source>
        <translation>Bloquer et masquer sur Mastodon</translation>
    </message>
</context>
<context>
    <name>KeyringCheck</name>
    <message>
        <source>The keyring works: {backend}</source>
        <translation>Le trousseau fonctionne : {backend}</translation>
    </message>
</context>
<context>
    <name>KeyringPrompt</name>
    <message>
        <source>No password manager</source>
        <translation>Aucun gestionnaire de mots de passe</translation>
    </message>
    <message>
        <source>Fedimove cannot remember this sign-in on this computer.</source>
        <translation>« Fedimove ne peut pas mémoriser</translation>
    </message>
    <message>
        <source>Fedimove keeps sign-ins only in your system&apos;s password manager (keyring), and none is available right now. It never writes them to a file.

You can keep this sign-in until Fedimove quits, or not keep it and sign in again next time.</source>
        <translation>Fedimove ne garde les connexions que dans le gestionnaire de mots de passe (trousseau) de votre système, et aucun n’est disponible pour l’instant. Il ne les écrit jamais dans un fichier.

Vous pouvez garder cette connexion jusqu’à la fermeture de Fedimove, ou ne pas la garder et vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
        <source>Keep until Fedimove quits</source>
        <translation>Garder jusqu’à la fermeture de Fedimove</translation>
    </message>
    <message>
        <source>Sign in again next time</source>
        <translation>Me reconnecter la prochaine fois</translation>
    </message>
    <message>
        <source>To have sign-ins remembered, install a password manager that offers the Secret Service, such as GNOME Keyring (package gnome-keyring), KeePassXC (with Secret Service integration turned on) or KWallet, then log out and back in. Inside a Flatpak, the password manager of your desktop session is used.</source>
        <translation>Pour que les connexions soient mémorisées, installez un gestionnaire de mots de passe qui propose le Secret Service, comme GNOME Trousseau (paquet gnome-keyring), KeePassXC (avec l’intégration Secret Service activée) ou KWallet, puis fermez et rouvrez votre session. Dans un Flatpak, le gestionnaire de mots de passe de votre session de bureau est utilisé.</translation>
    </message>
    <message>
        <source>Your system&apos;s password manager did not answer. Restart Fedimove; if this keeps happening, the details are in the log file.</source>
        <translation>Le gestionnaire de mots de passe de votre système n’a pas répondu. Redémarrez Fedimove ; si cela se reproduit, les détails sont dans le fichier journal.</translation>
    </message>
    <message>
        <source>Looking for the password manager</source>
        <translation>Recherche du gestionnaire de mots de passe</translation>
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
        <translation>&amp;Aide</translation>
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
        <source>Quit Fedimove?</source>
        <translation>Quitter Fedimove ?</translation>
    </message>
    <message>
        <source>Fedimove is still working. Quit anyway? What was done is kept, and it continues where it stopped next time.</source>
        <translation>Fedimove travaille encore. Quitter quand même ? Ce qui a été fait est conservé, et il reprendra là où il s’est arrêté la prochaine fois.</translation>
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
        <source>Not signed in to Mastodon yet.</source>
        <translation>Pas encore connecté à Mastodon.</translation>
    </message>
    <message>
        <source>Mastodon allows 400 follows a day and 300 requests every 5 minutes: Fedimove paces itself to stay within them, and tells you when the rest will go.</source>
        <translation>Mastodon autorise 400 abonnements par jour et 300 requêtes toutes les 5 minutes : Fedimove règle son rythme pour rester dans ces limites, et vous dit quand le reste partira.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Use another server…</source>
        <translation>Utiliser un autre serveur…</translation>
    </message>
    <message>
        <source>Next: your matches</source>
        <translation>Suite : vos correspondances</translation>
    </message>
    <message>
        <source>Your server, e.g. mastodon.social</source>
        <translation>Votre serveur, par ex. mastodon.social</translation>
    </message>
    <message>
        <source>Mastodon server</source>
        <translation>Serveur Mastodon</translation>
    </message>
    <message>
        <source>Sign in in the browser</source>
        <translation>Se connecter dans le navigateur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open this address</source>
        <translation>Ouvrir cette adresse</translation>
    </message>
    <message>
        <source>Paste the code here</source>
        <translation>Collez le code ici</translation>
    </message>
    <message>
        <source>Code from the server</source>
        <translation>Code donné par le serveur</translation>
    </message>
    <message>
        <source>Use this code</source>
        <translation>Utiliser ce code</translation>
    </message>
    <message>
        <source>Checking %1… (attempt %2)</source>
        <translation>Vérification de %1… (essai %2)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message numerus="yes">
        <source>Today you can still follow %n account(s) from this account.</source>
        <translation>
            <numerusform>Aujourd’hui, vous pouvez encore suivre %n compte depuis ce compte.</numerusform>
            <numerusform>Aujourd’hui, vous pouvez encore suivre %n comptes depuis ce compte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as %1 (%2 %3).</source>
        <translation>Connecté en tant que %1 (%2 %3).</translation>
    </message>
</context>
<context>
    <name>Match</name>
    <message>
        <source>[blocked or muted on Twitter]</source>
        <translation>[bloqué ou masqué sur Twitter]</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>{who}: gone ({reason})</source>
        <translation>{who} : disparu ({reason})</translation>
    </message>
    <message>
        <source>{who}: on Bluesky as {handle}, not bridged to the fediverse</source>
        <translation>{who} : sur Bluesky sous le nom {handle}, sans pont vers le fédivers</translation>
    </message>
    <message>
        <source>{who}: on Threads as @{handle}, not shared with the fediverse</source>
        <translation>{who} : sur Threads sous le nom @{handle}, non partagé avec le fédivers</translation>
    </message>
    <message>
        <source>Matched: {confirmed} confirmed, {likely} likely, {possible} possible; {unmatched} without an address.</source>
        <translation>Correspondances : {confirmed} confirmées, {likely} probables, {possible} possibles ; {unmatched} sans adresse.</translation>
    </message>
    <message>
        <source>1 account could not be checked yet.</source>
        <translation>1 compte n’a pas encore pu être vérifié.</translation>
    </message>
    <message>
        <source>{count} accounts could not be checked yet.</source>
        <translation>{count} comptes n’ont pas encore pu être vérifiés.</translation>
    </message>
    <message>
        <source>Read them from x.com, import a browser recording, or use API keys: fedimove read-x, fedimove import-har FILE or fedimove twitter export.</source>
        <translation>Lisez-les sur x.com, importez un enregistrement de navigateur ou utilisez des clés d’API : fedimove read-x, fedimove import-har FICHIER ou fedimove twitter export.</translation>
    </message>
    <message>
        <source>Your archive knows these accounts only by number.</source>
        <translation>Votre archive ne connaît ces comptes que par leur numéro.</translation>
    </message>
    <message>
        <source>Your archive knows {count} of these accounts only by number.</source>
        <translation>Votre archive ne connaît {count} de ces comptes que par leur numéro.</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmée</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>probable</translation>
    </message>
    <message>
        <source>possible — please check</source>
        <translation>possible — à vérifier</translation>
    </message>
    <message>
        <source>the account published this address</source>
        <translation>le compte a publié cette adresse</translation>
    </message>
    <message>
        <source>the account mentioned this address among others</source>
        <translation>le compte a mentionné cette adresse parmi d’autres</translation>
    </message>
    <message>
        <source>the fediverse account exists</source>
        <translation>le compte existe sur le fédivers</translation>
    </message>
    <message>
        <source>the fediverse profile links back to the Twitter account</source>
        <translation>le profil du fédivers renvoie vers le compte Twitter</translation>
    </message>
    <message>
        <source>a verified link (rel=me) ties both profiles</source>
        <translation>un lien vérifié (rel=me) relie les deux profils</translation>
    </message>
    <message>
        <source>same username</source>
        <translation>même nom d’utilisateur</translation>
    </message>
    <message>
        <source>same display name</source>
        <translation>même nom affiché</translation>
    </message>
    <message>
        <source>the account moved here</source>
        <translation>le compte a déménagé ici</translation>
    </message>
    <message>
        <source>Twitter name</source>
        <translation>nom Twitter</translation>
    </message>
    <message>
        <source>Twitter bio</source>
        <translation>bio Twitter</translation>
    </message>
    <message>
        <source>Twitter website</source>
        <translation>site web Twitter</translation>
    </message>
    <message>
        <source>Twitter location</source>
        <translation>localisation Twitter</translation>
    </message>
    <message>
        <source>pinned tweet</source>
        <translation>tweet épinglé</translation>
    </message>
    <message>
        <source>a tweet you retweeted</source>
        <translation>un tweet que vous avez retweeté</translation>
    </message>
    <message>
        <source>a direct message</source>
        <translation>un message privé</translation>
    </message>
    <message>
        <source>a tweet</source>
        <translation>un tweet</translation>
    </message>
    <message>
        <source>search on the server</source>
        <translation>recherche sur le serveur</translation>
    </message>
    <message>
        <source>fediverse profile field</source>
        <translation>champ du profil fédivers</translation>
    </message>
    <message>
        <source>fediverse bio</source>
        <translation>bio fédivers</translation>
    </message>
    <message>
        <source>fediverse profile</source>
        <translation>profil fédivers</translation>
    </message>
    <message>
        <source>Says it is @{username} on Twitter; nothing on Twitter confirms it.</source>
        <translation>Se présente comme @{username} sur Twitter ; rien sur Twitter ne le confirme.</translation>
    </message>
    <message>
        <source>Has the same username or name as @{username} on Twitter; nothing on Twitter confirms it is them.</source>
        <translation>A le même nom d’utilisateur ou le même nom que @{username} sur Twitter ; rien sur Twitter ne confirme que c’est la même personne.</translation>
    </message>
    <message>
        <source>Checking the addresses the accounts published</source>
        <translation>Vérification des adresses publiées par les comptes</translation>
    </message>
    <message>
        <source>Looking for the same usernames on fediverse servers</source>
        <translation>Recherche des mêmes noms d’utilisateur sur des serveurs du fédivers</translation>
    </message>
    <message>
        <source>Checking whom you already follow</source>
        <translation>Vérification des comptes que vous suivez déjà</translation>
    </message>
    <message>
        <source>Waiting for a server&apos;s rate limit</source>
        <translation>Attente de la limite de débit d’un serveur</translation>
    </message>
    <message>
        <source>Finding fediverse addresses</source>
        <translation>Recherche des adresses du fédivers</translation>
    </message>
    <message>
        <source>Not signed in to Mastodon: servers that refuse anonymous requests cannot be checked, and follows already made are not recognised.</source>
        <translation>Non connecté à Mastodon : les serveurs qui refusent les requêtes anonymes ne peuvent pas être vérifiés, et les abonnements déjà faits ne sont pas reconnus.</translation>
    </message>
    <message>
        <source>Couldn&apos;t reach 1 server ({hosts}) — you seem to be offline. Nothing was lost; Find again continues.</source>
        <translation>Impossible de joindre 1 serveur ({hosts}) — vous semblez hors ligne. Rien n’est perdu ; relancez la recherche pour continuer.</translation>
    </message>
    <message>
        <source>Couldn&apos;t reach {count} servers — you seem to be offline. Nothing was lost; Find again continues.</source>
        <translation>Impossible de joindre {count} serveurs — vous semblez hors ligne. Rien n’est perdu ; relancez la recherche pour continuer.</translation>
    </message>
    <message>
        <source>Couldn&apos;t reach 1 server ({hosts}). Nothing was lost; Find again continues.</source>
        <translation>Impossible de joindre 1 serveur ({hosts}). Rien n’est perdu ; relancez la recherche pour continuer.</translation>
    </message>
    <message>
        <source>Couldn&apos;t reach {count} servers ({hosts}). Nothing was lost; Find again continues.</source>
        <translation>Impossible de joindre {count} serveurs ({hosts}). Rien n’est perdu ; relancez la recherche pour continuer.</translation>
    </message>
</context>
<context>
    <name>MatchDetails</name>
    <message>
        <source>Match details</source>
        <translation>Détails de la correspondance</translation>
    </message>
    <message>
        <source>Twitter bio</source>
        <translation>Bio Twitter</translation>
    </message>
    <message>
        <source>Fediverse address</source>
        <translation>Adresse dans le fédivers</translation>
    </message>
    <message>
        <source>Fediverse bio</source>
        <translation>Bio sur le fédivers</translation>
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
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>On the fediverse: %1</source>
        <translation>Dans le fédivers : %1</translation>
    </message>
    <message>
        <source>On Bluesky: %1, not bridged to the fediverse, so Mastodon cannot follow it. Open the profile to follow it on Bluesky.</source>
        <translation>Sur Bluesky : %1, sans pont vers le fédivers : Mastodon ne peut donc pas le suivre. Ouvrez le profil pour le suivre sur Bluesky.</translation>
    </message>
    <message>
        <source>On Threads: %1, not shared with the fediverse, so Mastodon cannot follow it. Open the profile to follow it on Threads.</source>
        <translation>Sur Threads : %1, non partagé avec le fédivers : Mastodon ne peut donc pas le suivre. Ouvrez le profil pour le suivre sur Threads.</translation>
    </message>
    <message>
        <source>On the fediverse: no address found</source>
        <translation>Dans le fédivers : aucune adresse trouvée</translation>
    </message>
    <message>
        <source>Also on Bluesky: %1, not bridged to the fediverse (%2).</source>
        <translation>Aussi sur Bluesky : %1, sans pont vers le fédivers (%2).</translation>
    </message>
    <message>
        <source>Also on Threads: %1, not shared with the fediverse (%2).</source>
        <translation>Aussi sur Threads : %1, non partagé avec le fédivers (%2).</translation>
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
        <source>Fedimove looks for each account&apos;s address in what it wrote, then checks it on its server. This takes a few minutes and can be stopped and resumed.</source>
        <translation>Fedimove cherche l’adresse de chaque compte dans ce qu’il a écrit, puis la vérifie sur son serveur. Cela prend quelques minutes et peut être arrêté puis repris.</translation>
    </message>
    <message>
        <source>Find fediverse addresses</source>
        <translation>Chercher les adresses dans le fédivers</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Matching progress</source>
        <translation>Progression de la recherche</translation>
    </message>
    <message>
        <source>Also read their websites</source>
        <translation>Lire aussi leurs sites web</translation>
    </message>
    <message>
        <source>Reads the websites these accounts published on Twitter for links to their fediverse accounts. This contacts those websites too, not only Twitter and fediverse servers.</source>
        <translation>Lit les sites web que ces comptes ont publiés sur Twitter pour y trouver des liens vers leurs comptes du fédivers. Fedimove contacte alors aussi ces sites, pas seulement Twitter et les serveurs du fédivers.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Stopped. What was found is kept.</source>
        <translation>Arrêté. Ce qui a été trouvé est conservé.</translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>environ %n heure restante</numerusform>
            <numerusform>environ %n heures restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>environ %n minute restante</numerusform>
            <numerusform>environ %n minutes restantes</numerusform>
        </translation>
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
        <translation>Toutes les confiances</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
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
        <source>Look again for the accounts without an address</source>
        <translation>Chercher à nouveau pour les comptes sans adresse</translation>
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
        <translation>Fedimove s’abonne sur Mastodon aux comptes trouvés, au rythme que votre serveur autorise. Vous pouvez faire une pause, fermer l’application et reprendre plus tard : personne n’est suivi deux fois.</translation>
    </message>
    <message>
        <source>Preparing the plan…</source>
        <translation>Préparation du plan…</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Le plan</translation>
    </message>
    <message>
        <source>Recreate my Twitter lists as Mastodon lists</source>
        <translation>Recréer mes listes Twitter en listes Mastodon</translation>
    </message>
    <message>
        <source>Follow progress</source>
        <translation>Progression des abonnements</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Déroulement</translation>
    </message>
    <message>
        <source>What Fedimove does will be written here, as it happens.</source>
        <translation>Ce que fait Fedimove s’écrira ici, au fur et à mesure.</translation>
    </message>
    <message>
        <source>Open the import page</source>
        <translation>Ouvrir la page d’importation</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Use Mastodon&apos;s import for the rest…</source>
        <translation>Utiliser l’importation de Mastodon pour le reste…</translation>
    </message>
    <message>
        <source>Writes the files Mastodon&apos;s Settings › Import accepts (no daily limit there), and a report of every account.</source>
        <translation>Écrit les fichiers qu’accepte Réglages › Importation de Mastodon (sans limite quotidienne), et un rapport sur chaque compte.</translation>
    </message>
    <message>
        <source>Sign in to Mastodon</source>
        <translation>Se connecter à Mastodon</translation>
    </message>
    <message>
        <source>Prepare the plan again</source>
        <translation>Refaire le plan</translation>
    </message>
    <message numerus="yes">
        <source>To follow: %n account(s)</source>
        <translation>
            <numerusform>À suivre : %n compte</numerusform>
            <numerusform>À suivre : %n comptes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(of which %n as follow requests)</source>
        <translation>
            <numerusform>(dont %n en demande d’abonnement)</numerusform>
            <numerusform>(dont %n en demandes d’abonnement)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already followed: %n</source>
        <translation>
            <numerusform>Déjà suivi : %n</numerusform>
            <numerusform>Déjà suivis : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not searched yet: %n account(s) (see Matches)</source>
        <translation>
            <numerusform>Pas encore cherché : %n compte (voir Correspondances)</numerusform>
            <numerusform>Pas encore cherchés : %n comptes (voir Correspondances)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n (no address, not sure enough, or left out by you)</source>
        <translation>
            <numerusform>Écarté : %n (sans adresse, pas assez sûr, ou écarté par vous)</numerusform>
            <numerusform>Écartés : %n (sans adresse, pas assez sûrs, ou écartés par vous)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lists to recreate: %n</source>
        <translation>
            <numerusform>Liste à recréer : %n</numerusform>
            <numerusform>Listes à recréer : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today: %n (your server allows 400 follows a day)</source>
        <translation>
            <numerusform>Aujourd’hui : %n (votre serveur autorise 400 abonnements par jour)</numerusform>
            <numerusform>Aujourd’hui : %n (votre serveur autorise 400 abonnements par jour)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Later: %n, after the daily limit resets at 00:00 UTC</source>
        <translation>
            <numerusform>Plus tard : %n, après la remise à zéro de la limite quotidienne à 00:00 UTC</numerusform>
            <numerusform>Plus tard : %n, après la remise à zéro de la limite quotidienne à 00:00 UTC</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything done around %1</source>
        <translation>Tout sera fait vers %1</translation>
    </message>
    <message>
        <source>Sign in to your Mastodon account first (step 3).</source>
        <translation>Connectez-vous d’abord à votre compte Mastodon (étape 3).</translation>
    </message>
    <message>
        <source>The fediverse addresses have not been searched yet: find them on Matches (step 4).</source>
        <translation>Les adresses dans le fédivers n’ont pas encore été cherchées : cherchez-les dans Correspondances (étape 4).</translation>
    </message>
    <message>
        <source>Nothing left to follow: every match is followed or left out.</source>
        <translation>Plus rien à suivre : chaque correspondance est suivie ou écartée.</translation>
    </message>
    <message>
        <source>Ready to follow from %1.</source>
        <translation>Prêt à suivre depuis %1.</translation>
    </message>
    <message>
        <source>Stopped. What was done is kept; press Follow to go on where it stopped.</source>
        <translation>Arrêté. Ce qui a été fait est conservé ; cliquez sur « Suivre » pour reprendre là où ça s’est arrêté.</translation>
    </message>
    <message numerus="yes">
        <source>Follow %n account(s)</source>
        <translation>
            <numerusform>Suivre %n compte</numerusform>
            <numerusform>Suivre %n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>More than today&apos;s limit: Mastodon&apos;s own import has no daily limit. Use “Use Mastodon&apos;s import for the rest…” to finish in one go.</source>
        <translation>Plus que la limite du jour : l’importation de Mastodon n’a pas de limite quotidienne. Utilisez « Utiliser l’importation de Mastodon pour le reste… » pour tout finir d’un coup.</translation>
    </message>
    <message>
        <source>Started at %1.</source>
        <translation>Commencé à %1.</translation>
    </message>
    <message>
        <source>Paused. Nothing is sent until you resume.</source>
        <translation>En pause. Rien n’est envoyé avant la reprise.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Stopping after the follow in flight…</source>
        <translation>Arrêt après l’abonnement en cours…</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 faits</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>environ %n minute restante</numerusform>
            <numerusform>environ %n minutes restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s limit to reset: %1 left. Fedimove goes on by itself.</source>
        <translation>Attente de la remise à zéro de la limite du serveur : encore %1. Fedimove reprend tout seul.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Terminé.</translation>
    </message>
    <message numerus="yes">
        <source>Followed: %n</source>
        <translation>
            <numerusform>Suivi : %n</numerusform>
            <numerusform>Suivis : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow requests sent: %n</source>
        <translation>
            <numerusform>Demande d’abonnement envoyée : %n</numerusform>
            <numerusform>Demandes d’abonnement envoyées : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed: %n</source>
        <translation>
            <numerusform>Échec : %n</numerusform>
            <numerusform>Échecs : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still waiting: %n</source>
        <translation>
            <numerusform>En attente : %n</numerusform>
            <numerusform>En attente : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Where to write the import files and the report</source>
        <translation>Où écrire les fichiers d’importation et le rapport</translation>
    </message>
    <message>
        <source>Nothing to import into Mastodon: no account or list is left to follow. The report of every account is in %1.</source>
        <translation>Rien à importer dans Mastodon : il ne reste aucun compte ni aucune liste à suivre. Le rapport de chaque compte se trouve dans %1.</translation>
    </message>
</context>
<context>
    <name>ModerationJob</name>
    <message>
        <source>Blocking and muting on Mastodon</source>
        <translation>Blocage et masquage sur Mastodon</translation>
    </message>
</context>
<context>
    <name>ModerationSection</name>
    <message>
        <source>Sure matches are ticked; tick a “possible” one only if you checked it is the same person. Nobody here is ever followed.</source>
        <translation>Les correspondances sûres sont cochées ; ne cochez une correspondance « possible » que si vous avez vérifié qu’il s’agit de la même personne. Personne ici n’est jamais suivi.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
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
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Blocked and muted accounts to carry over</source>
        <translation>Comptes bloqués et masqués à reporter</translation>
    </message>
    <message>
        <source>Block and mute the ticked accounts</source>
        <translation>Bloquer et masquer les comptes cochés</translation>
    </message>
    <message>
        <source>Also block %1 and mute %2 accounts you blocked/muted on Twitter, where they are on the fediverse</source>
        <translation>Bloquer aussi %1 et masquer %2 comptes que vous aviez bloqués ou masqués sur Twitter, là où ils sont dans le fédivers</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Blocking and muting…</source>
        <translation>Blocage et masquage…</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Bloqués : %1</translation>
    </message>
    <message>
        <source>Muted: %1</source>
        <translation>Masqués : %1</translation>
    </message>
    <message>
        <source>Already in place: %1</source>
        <translation>Déjà en place : %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échecs : %1</translation>
    </message>
</context>
<context>
    <name>NumbersOnly</name>
    <message>
        <source>Read usernames…</source>
        <translation>Lire les noms d’utilisateur…</translation>
    </message>
    <message>
        <source>Read them from x.com, import a browser recording, or use API keys.</source>
        <translation>Lisez-les sur x.com, importez un enregistrement de navigateur ou utilisez des clés d’API.</translation>
    </message>
    <message>
        <source>Your archive knows these accounts only by number.</source>
        <translation>Votre archive ne connaît ces comptes que par leur numéro.</translation>
    </message>
    <message>
        <source>Your archive knows {count} of these accounts only by number.</source>
        <translation>Votre archive ne connaît {count} de ces comptes que par leur numéro.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>On Bluesky, not bridged: {url}</source>
        <translation>Sur Bluesky, sans pont : {url}</translation>
    </message>
    <message>
        <source>On Threads, not shared: {url}</source>
        <translation>Sur Threads, non partagé : {url}</translation>
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
        <source>Only what the fediverse account says about itself, the same username or a similar name: please check before following.</source>
        <translation>Seulement ce que le compte du fédivers dit de lui-même, le même nom d’utilisateur ou un nom proche : vérifiez avant de suivre.</translation>
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
        <source>On Bluesky — not bridged</source>
        <translation>Sur Bluesky — sans pont</translation>
    </message>
    <message>
        <source>On Threads — not shared</source>
        <translation>Sur Threads — non partagé</translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation>Vérification impossible</translation>
    </message>
    <message>
        <source>Not searched yet</source>
        <translation>Pas encore cherché</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Écarté</translation>
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
    <message>
        <source>Another account&apos;s archive</source>
        <translation>Archive d’un autre compte</translation>
    </message>
    <message>
        <source>This archive is @{archive}&apos;s; the workspace holds @{workspace}&apos;s. Replace everything?</source>
        <translation>Cette archive est celle de @{archive} ; l’espace de travail contient celle de @{workspace}. Tout remplacer ?</translation>
    </message>
    <message>
        <source>Its follows, followers, lists, texts, matches and the follows not sent yet are removed. Follows already made on Mastodon stay.</source>
        <translation>Ses abonnements, abonnés, listes, textes, correspondances et les abonnements pas encore envoyés sont supprimés. Les abonnements déjà faits sur Mastodon restent.</translation>
    </message>
    <message>
        <source>Replace everything</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <source>Keep the workspace</source>
        <translation>Garder l’espace de travail</translation>
    </message>
    <message>
        <source>Nothing was changed in your workspace.</source>
        <translation>Rien n’a été modifié dans votre espace de travail.</translation>
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
        <source>Checking the server</source>
        <translation>Vérification du serveur</translation>
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
        <source>not in this archive</source>
        <translation>absent de cette archive</translation>
    </message>
    <message>
        <source>Following 1 account; {known} usernames known</source>
        <translation>1 compte suivi ; {known} noms d’utilisateur connus</translation>
    </message>
    <message>
        <source>Following {following} accounts; {known} usernames known</source>
        <translation>{following} comptes suivis ; {known} noms d’utilisateur connus</translation>
    </message>
    <message>
        <source>(the others are known only by number).</source>
        <translation>(les autres ne sont connus que par leur numéro).</translation>
    </message>
    <message>
        <source>Followers: not in this archive.</source>
        <translation>Abonnés : absents de cette archive.</translation>
    </message>
    <message>
        <source>Followers: {count}.</source>
        <translation>Abonnés : {count}.</translation>
    </message>
    <message>
        <source>Blocks on Twitter: {blocks}; mutes: {mutes}.</source>
        <translation>Blocages sur Twitter : {blocks} ; masquages : {mutes}.</translation>
    </message>
    <message>
        <source>Lists: {lists} you made or follow; you are on {member} lists made by others.</source>
        <translation>Listes : {lists} créées ou suivies par vous ; vous figurez sur {member} listes créées par d’autres.</translation>
    </message>
    <message>
        <source>Archive read from {path} on {date}.</source>
        <translation>Archive lue depuis {path} le {date}.</translation>
    </message>
    <message>
        <source>Not in this archive: {files}.</source>
        <translation>Absent de cette archive : {files}.</translation>
    </message>
    <message>
        <source>Fediverse addresses not searched yet: fedimove match.</source>
        <translation>Adresses du fédivers pas encore cherchées : fedimove match.</translation>
    </message>
    <message>
        <source>Matches: {confirmed} confirmed, {likely} likely, {possible} possible; {unmatched} without an address; {unchecked} not checked yet.</source>
        <translation>Correspondances : {confirmed} confirmées, {likely} probables, {possible} possibles ; {unmatched} sans adresse ; {unchecked} pas encore vérifiées.</translation>
    </message>
    <message>
        <source>On Bluesky without a bridge: {bluesky}; on Threads without federation: {threads}.</source>
        <translation>Sur Bluesky sans pont : {bluesky} ; sur Threads sans fédération : {threads}.</translation>
    </message>
    <message>
        <source>Mastodon: not signed in (fedimove mastodon login).</source>
        <translation>Mastodon : non connecté (fedimove mastodon login).</translation>
    </message>
    <message>
        <source>Mastodon: {address}.</source>
        <translation>Mastodon : {address}.</translation>
    </message>
    <message>
        <source>Follows: {followed} made, {requested} requested, {already_followed} already there, {pending} waiting, {failed} failed.</source>
        <translation>Abonnements : {followed} faits, {requested} demandés, {already_followed} déjà là, {pending} en attente, {failed} en échec.</translation>
    </message>
    <message>
        <source>Lists recreated: {count}.</source>
        <translation>Listes recréées : {count}.</translation>
    </message>
    <message>
        <source>On Mastodon: {blocked} blocked, {muted} muted, {pending} still to do.</source>
        <translation>Sur Mastodon : {blocked} bloqués, {muted} masqués, {pending} encore à faire.</translation>
    </message>
    <message>
        <source>Twitter API: {following} follows and {lists} lists read</source>
        <translation>API Twitter : {following} abonnements et {lists} listes lus</translation>
    </message>
    <message>
        <source>complete.</source>
        <translation>terminé.</translation>
    </message>
    <message>
        <source>not finished (fedimove twitter export continues).</source>
        <translation>pas terminé (fedimove twitter export reprend).</translation>
    </message>
    <message>
        <source>x.com: {following} follows, {followers} followers, {lists} lists read</source>
        <translation>x.com : {following} abonnements, {followers} abonnés, {lists} listes lus</translation>
    </message>
    <message>
        <source>the follows to their end.</source>
        <translation>les abonnements jusqu’au bout.</translation>
    </message>
    <message>
        <source>the follows not to their end yet (fedimove read-x or import-har adds more).</source>
        <translation>les abonnements pas encore jusqu’au bout (fedimove read-x ou import-har en ajoute).</translation>
    </message>
    <message>
        <source>Account: @{name} ({id}).</source>
        <translation>Compte : @{name} ({id}).</translation>
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
    <message>
        <source>Read their usernames from x.com, a browser recording or API keys (Twitter access) before searching for matches.</source>
        <translation>Lisez leurs noms d’utilisateur sur x.com, depuis un enregistrement de navigateur ou avec des clés d’API (Accès à Twitter) avant de chercher les correspondances.</translation>
    </message>
    <message numerus="yes">
        <source>Twitter&apos;s archive keeps only numbers for the accounts you follow; the username of %n of them was found in your tweets.</source>
        <translation>
            <numerusform>L’archive de Twitter ne garde que des numéros pour les comptes que vous suivez ; le nom d’utilisateur de %n d’entre eux a été retrouvé dans vos tweets.</numerusform>
            <numerusform>L’archive de Twitter ne garde que des numéros pour les comptes que vous suivez ; les noms d’utilisateur de %n d’entre eux ont été retrouvés dans vos tweets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Twitter&apos;s archive keeps only numbers for the accounts you follow, and none of their usernames was found in your tweets.</source>
        <translation>L’archive de Twitter ne garde que des numéros pour les comptes que vous suivez, et aucun de leurs noms d’utilisateur n’a été retrouvé dans vos tweets.</translation>
    </message>
    <message numerus="yes">
        <source>The other %n is known only by number: read the usernames from x.com, a browser recording or API keys (Twitter access) before searching for matches.</source>
        <translation>
            <numerusform>L’autre compte (%n) n’est connu que par son numéro : lisez les noms d’utilisateur sur x.com, depuis un enregistrement de navigateur ou avec des clés d’API (Accès à Twitter) avant de chercher les correspondances.</numerusform>
            <numerusform>Les %n autres ne sont connus que par leur numéro : lisez les noms d’utilisateur sur x.com, depuis un enregistrement de navigateur ou avec des clés d’API (Accès à Twitter) avant de chercher les correspondances.</numerusform>
        </translation>
    </message>
    <message>
        <source>Followers: not in this archive.</source>
        <translation>Abonnés : absents de cette archive.</translation>
    </message>
</context>
<context>
    <name>TwitterAccess</name>
    <message>
        <source>Twitter keys saved in the system keyring. Next: fedimove twitter check</source>
        <translation>Clés Twitter enregistrées dans le trousseau du système. Ensuite : fedimove twitter check</translation>
    </message>
    <message>
        <source>Twitter keys removed from the keyring and from this computer.</source>
        <translation>Clés Twitter supprimées du trousseau et de cet ordinateur.</translation>
    </message>
    <message>
        <source>Open this address, approve Fedimove, then type the PIN shown:</source>
        <translation>Ouvrez cette adresse, autorisez Fedimove, puis tapez le code PIN affiché :</translation>
    </message>
    <message>
        <source>Next step: {step}</source>
        <translation>Étape suivante : {step}</translation>
    </message>
    <message>
        <source>your account</source>
        <translation>votre compte</translation>
    </message>
    <message>
        <source>your follows</source>
        <translation>vos abonnements</translation>
    </message>
    <message>
        <source>profiles by id</source>
        <translation>profils par identifiant</translation>
    </message>
    <message>
        <source>your lists</source>
        <translation>vos listes</translation>
    </message>
    <message>
        <source>lists you follow</source>
        <translation>listes que vous suivez</translation>
    </message>
    <message>
        <source>list members</source>
        <translation>membres des listes</translation>
    </message>
    <message>
        <source>works (API {route})</source>
        <translation>fonctionne (API {route})</translation>
    </message>
    <message>
        <source>not available ({status})</source>
        <translation>indisponible ({status})</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>non testé</translation>
    </message>
    <message>
        <source>Access works: Fedimove can read your follows through the API.</source>
        <translation>L&apos;accès fonctionne : Fedimove peut lire vos abonnements par l&apos;API.</translation>
    </message>
    <message>
        <source>You can export your follows and lists now.</source>
        <translation>Vous pouvez exporter vos abonnements et vos listes maintenant.</translation>
    </message>
    <message>
        <source>Twitter asks to slow down (rate limit): ready again at {time}.</source>
        <translation>Twitter demande de ralentir (limite de débit) : de nouveau prêt à {time}.</translation>
    </message>
    <message>
        <source>Wait until {time}, or start the export now: it waits by itself and continues.</source>
        <translation>Attendez {time}, ou lancez l&apos;export maintenant : il attend de lui-même puis continue.</translation>
    </message>
    <message>
        <source>This developer app has used up its monthly allowance of reads (usage cap).</source>
        <translation>Cette application de développeur a épuisé son quota mensuel de lectures (plafond d&apos;utilisation).</translation>
    </message>
    <message>
        <source>Raise the cap in the X Developer Console, wait for next month, or use your data archive or the signed-in x.com session instead.</source>
        <translation>Relevez le plafond dans la console développeur de X, attendez le mois prochain, ou utilisez plutôt votre archive de données ou la session x.com connectée.</translation>
    </message>
    <message>
        <source>Your access token was revoked or has expired (code 89).</source>
        <translation>Votre jeton d&apos;accès a été révoqué ou a expiré (code 89).</translation>
    </message>
    <message>
        <source>Sign in again to get a new token, or use your data archive or the signed-in x.com session.</source>
        <translation>Reconnectez-vous pour obtenir un nouveau jeton, ou utilisez votre archive de données ou la session x.com connectée.</translation>
    </message>
    <message>
        <source>Twitter did not accept these keys (“Could not authenticate you”). Check that each key was copied whole. If these keys worked before, Twitter may have cut off this app.</source>
        <translation>Twitter n&apos;a pas accepté ces clés (« Could not authenticate you »). Vérifiez que chaque clé a été copiée en entier. Si ces clés fonctionnaient avant, Twitter a peut-être coupé cette application.</translation>
    </message>
    <message>
        <source>Enter the keys again, try another app&apos;s keys, or use your data archive or the signed-in x.com session.</source>
        <translation>Saisissez à nouveau les clés, essayez celles d&apos;une autre application, ou utilisez votre archive de données ou la session x.com connectée.</translation>
    </message>
    <message>
        <source>Twitter still accepts this app but refuses your access token (code 32): it was revoked, or the token or its secret was not copied whole.</source>
        <translation>Twitter accepte toujours cette application mais refuse votre jeton d&apos;accès (code 32) : il a été révoqué, ou le jeton ou son secret n&apos;a pas été copié en entier.</translation>
    </message>
    <message>
        <source>Sign in again (with a PIN) or paste the access token and its secret again, or use your data archive or the signed-in x.com session.</source>
        <translation>Reconnectez-vous (avec un code PIN) ou collez à nouveau le jeton d&apos;accès et son secret, ou utilisez votre archive de données ou la session x.com connectée.</translation>
    </message>
    <message>
        <source>No Twitter keys are saved yet.</source>
        <translation>Aucune clé Twitter n&apos;est encore enregistrée.</translation>
    </message>
    <message>
        <source>Enter your keys (fedimove twitter login --keys-stdin), or use your data archive or the signed-in x.com session.</source>
        <translation>Saisissez vos clés (fedimove twitter login --keys-stdin), ou utilisez votre archive de données ou la session x.com connectée.</translation>
    </message>
    <message>
        <source>Twitter has cut off this client: these keys worked before and are now refused on every call (401, code {code}). This is not your fault and not a wrong password.</source>
        <translation>Twitter a coupé ce client : ces clés fonctionnaient et sont maintenant refusées à chaque appel (401, code {code}). Ce n&apos;est pas votre faute, ni un mauvais mot de passe.</translation>
    </message>
    <message>
        <source>Use other keys (your own developer app), your data archive, or the signed-in x.com session.</source>
        <translation>Utilisez d&apos;autres clés (votre propre application de développeur), votre archive de données ou la session x.com connectée.</translation>
    </message>
    <message>
        <source>Twitter has suspended or restricted this developer app (code {code}). This is not your fault.</source>
        <translation>Twitter a suspendu ou restreint cette application de développeur (code {code}). Ce n&apos;est pas votre faute.</translation>
    </message>
    <message>
        <source>X refuses this developer app on its v2 API (403 client-not-enrolled): the app is not attached to a Project.</source>
        <translation>X refuse cette application de développeur sur son API v2 (403 client-not-enrolled) : l&apos;application n&apos;est rattachée à aucun projet.</translation>
    </message>
    <message>
        <source>Attach the app to a Project in the X Developer Console (with an access level that can read follows), or use your data archive or the signed-in x.com session.</source>
        <translation>Rattachez l&apos;application à un projet dans la console développeur de X (avec un niveau d&apos;accès qui permet de lire les abonnements), ou utilisez votre archive de données ou la session x.com connectée.</translation>
    </message>
    <message>
        <source>This access tier can post but not read follows: Twitter reserves that for paid access.</source>
        <translation>Ce niveau d&apos;accès permet de publier mais pas de lire les abonnements : Twitter le réserve à l&apos;accès payant.</translation>
    </message>
    <message>
        <source>Switch the app to pay-per-use or a paid tier in the X Developer Console, or use your data archive or the signed-in x.com session.</source>
        <translation>Passez l&apos;application au paiement à l&apos;usage ou à une offre payante dans la console développeur de X, ou utilisez votre archive de données ou la session x.com connectée.</translation>
    </message>
    <message>
        <source>These keys are not allowed to read follows (403 forbidden).</source>
        <translation>Ces clés n&apos;ont pas le droit de lire les abonnements (403 interdit).</translation>
    </message>
    <message>
        <source>Check the app&apos;s permissions and access level in the X Developer Console, or use your data archive or the signed-in x.com session.</source>
        <translation>Vérifiez les permissions et le niveau d&apos;accès de l&apos;application dans la console développeur de X, ou utilisez votre archive de données ou la session x.com connectée.</translation>
    </message>
    <message>
        <source>A bearer token alone cannot tell which account is yours.</source>
        <translation>Un jeton « bearer » seul ne permet pas de savoir quel compte est le vôtre.</translation>
    </message>
    <message>
        <source>Import your data archive first (it says who you are), or sign in with your user tokens.</source>
        <translation>Importez d&apos;abord votre archive de données (elle indique qui vous êtes), ou connectez-vous avec vos jetons d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>X now asks for payment: this app&apos;s credits are used up (credits depleted).</source>
        <translation>X demande maintenant de payer : les crédits de cette application sont épuisés (credits depleted).</translation>
    </message>
    <message>
        <source>Top up credits in the X Developer Console, or use your data archive or the signed-in x.com session. Fedimove will not retry by itself.</source>
        <translation>Rechargez des crédits dans la console développeur de X, ou utilisez votre archive de données ou la session x.com connectée. Fedimove ne réessaiera pas de lui-même.</translation>
    </message>
    <message>
        <source>Your Twitter account is suspended.</source>
        <translation>Votre compte Twitter est suspendu.</translation>
    </message>
    <message>
        <source>Your data archive still holds your follows: request it from X and import it.</source>
        <translation>Votre archive de données contient toujours vos abonnements : demandez-la à X puis importez-la.</translation>
    </message>
    <message>
        <source>Your Twitter account is temporarily locked by Twitter.</source>
        <translation>Votre compte Twitter est temporairement verrouillé par Twitter.</translation>
    </message>
    <message>
        <source>Sign in on x.com to unlock it, then check again; your data archive works too.</source>
        <translation>Connectez-vous sur x.com pour le déverrouiller, puis vérifiez à nouveau ; votre archive de données fonctionne aussi.</translation>
    </message>
    <message>
        <source>No network: Twitter/X cannot be reached.</source>
        <translation>Pas de réseau : Twitter/X est injoignable.</translation>
    </message>
    <message>
        <source>Check your internet connection, then check again.</source>
        <translation>Vérifiez votre connexion Internet, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong, so Twitter refuses the signed requests (timestamp out of bounds).</source>
        <translation>L&apos;horloge de cet ordinateur est fausse, donc Twitter refuse les requêtes signées (horodatage hors limites).</translation>
    </message>
    <message>
        <source>Set the date and time automatically in your system settings, then check again.</source>
        <translation>Réglez la date et l&apos;heure automatiquement dans les paramètres du système, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Twitter/X is having trouble right now (server error {http}).</source>
        <translation>Twitter/X a des difficultés en ce moment (erreur serveur {http}).</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>Twitter/X gave an answer Fedimove does not understand ({http}).</source>
        <translation>Twitter/X a donné une réponse que Fedimove ne comprend pas ({http}).</translation>
    </message>
    <message>
        <source>Try again later; if it persists, use your data archive or the signed-in x.com session.</source>
        <translation>Réessayez plus tard ; si cela persiste, utilisez votre archive de données ou la session x.com connectée.</translation>
    </message>
</context>
<context>
    <name>TwitterCost</name>
    <message>
        <source>Estimated cost if X bills this app per read: up to {amount} {currency} ({following} follows, {lists} lists, {members} list members, {hydrate} profiles to fill in; prices of {as_of}). Your cap: {cap}.</source>
        <translation>Coût estimé si X facture cette application à la lecture : jusqu&apos;à {amount} {currency} ({following} abonnements, {lists} listes, {members} membres de listes, {hydrate} profils à compléter ; tarifs du {as_of}). Votre plafond : {cap}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>TwitterExport</name>
    <message>
        <source>Stopped at your cost cap ({cap}): what was read is kept. Raise the cap (--max-cost) and run the export again to continue.</source>
        <translation>Arrêté à votre plafond de coût ({cap}) : ce qui a été lu est conservé. Relevez le plafond (--max-cost) et relancez l&apos;export pour continuer.</translation>
    </message>
    <message>
        <source>The export is not complete yet: what was read is kept, and the next run continues where this one stopped.</source>
        <translation>L&apos;export n&apos;est pas encore complet : ce qui a été lu est conservé, et le prochain lancement reprendra là où celui-ci s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>Export complete: {following} follows, {lists} lists, {hydrated} profiles filled in. Estimated cost: {spent} {currency}.</source>
        <translation>Export terminé : {following} abonnements, {lists} listes, {hydrated} profils complétés. Coût estimé : {spent} {currency}.</translation>
    </message>
    <message>
        <source>Asking Twitter what works…</source>
        <translation>Fedimove demande à Twitter ce qui fonctionne…</translation>
    </message>
    <message>
        <source>Twitter asks to slow down: continuing at {time} ({seconds} s)</source>
        <translation>Twitter demande de ralentir : reprise à {time} ({seconds} s)</translation>
    </message>
    <message>
        <source>Reading your follows</source>
        <translation>Lecture de vos abonnements</translation>
    </message>
    <message>
        <source>Reading your lists</source>
        <translation>Lecture de vos listes</translation>
    </message>
    <message>
        <source>Reading the lists you follow</source>
        <translation>Lecture des listes que vous suivez</translation>
    </message>
    <message>
        <source>Reading list members</source>
        <translation>Lecture des membres des listes</translation>
    </message>
    <message>
        <source>Filling in profiles known only by id</source>
        <translation>Complétion des profils connus seulement par leur identifiant</translation>
    </message>
</context>
<context>
    <name>TwitterPage</name>
    <message>
        <source>Twitter access</source>
        <translation>Accès à Twitter</translation>
    </message>
    <message>
        <source>Fedimove needs the list of accounts you follow on Twitter. Since Twitter closed its API in 2023, it reads it from what you have.</source>
        <translation>Fedimove a besoin de la liste des comptes que vous suivez sur Twitter. Depuis que Twitter a fermé son API en 2023, il la lit dans ce dont vous disposez.</translation>
    </message>
    <message>
        <source>Which of these do you have?</source>
        <translation>Lequel de ces moyens avez-vous ?</translation>
    </message>
    <message>
        <source>Neither: ask Twitter for my archive (it takes a day or two)</source>
        <translation>Aucun des deux : demander mon archive à Twitter (cela prend un jour ou deux)</translation>
    </message>
    <message>
        <source>Other ways: a browser recording, your own API keys</source>
        <translation>Autres moyens : un enregistrement du navigateur, vos propres clés d’API</translation>
    </message>
    <message>
        <source>I have my archive</source>
        <translation>J’ai mon archive</translation>
    </message>
    <message>
        <source>The ZIP file Twitter sent you, or the folder you unzipped it into. Always works, and everything stays on this computer.</source>
        <translation>Le fichier ZIP que Twitter vous a envoyé, ou le dossier où vous l’avez décompressé. Marche toujours, et tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Your own API keys</source>
        <translation>Vos propres clés d’API</translation>
    </message>
    <message>
        <source>Works if your developer access still allows reading. Paste either the four keys and tokens of your app, or a bearer token.</source>
        <translation>Marche si votre accès développeur permet encore la lecture. Collez soit les quatre clés et jetons de votre application, soit un jeton « bearer ».</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation>Secret de la clé d’API</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <source>Access token secret</source>
        <translation>Secret du jeton d’accès</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Jeton « bearer »</translation>
    </message>
    <message>
        <source>Save and check</source>
        <translation>Enregistrer et vérifier</translation>
    </message>
    <message>
        <source>Check the saved keys</source>
        <translation>Vérifier les clés enregistrées</translation>
    </message>
    <message>
        <source>Export follows and lists</source>
        <translation>Exporter abonnements et listes</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>I&apos;m signed in to x.com</source>
        <translation>Je suis connecté à x.com</translation>
    </message>
    <message>
        <source>Fedimove opens x.com in a window of its own and reads who you follow from its pages. It never posts anything.</source>
        <translation>Fedimove ouvre x.com dans sa propre fenêtre et lit vos abonnements dans ses pages. Il ne publie jamais rien.</translation>
    </message>
    <message numerus="yes">
        <source>Export complete: %n account(s) you follow.</source>
        <translation>
            <numerusform>Export terminé : %n compte suivi.</numerusform>
            <numerusform>Export terminé : %n comptes suivis.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export stopped before the end; what was read is kept.</source>
        <translation>L’export s’est arrêté avant la fin ; ce qui a été lu est conservé.</translation>
    </message>
    <message>
        <source>Stopped. What was read is kept.</source>
        <translation>Arrêté. Ce qui a été lu est conservé.</translation>
    </message>
    <message>
        <source>Twitter asks to wait until %1; Fedimove goes on by itself.</source>
        <translation>Twitter demande d’attendre jusqu’à %1 ; Fedimove reprend tout seul.</translation>
    </message>
</context>
<context>
    <name>XWeb</name>
    <message>
        <source>Following</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <source>Blocked accounts</source>
        <translation>Comptes bloqués</translation>
    </message>
    <message>
        <source>Muted accounts</source>
        <translation>Comptes masqués</translation>
    </message>
    <message>
        <source>your lists</source>
        <translation>vos listes</translation>
    </message>
    <message>
        <source>list “{name}”</source>
        <translation>liste « {name} »</translation>
    </message>
    <message>
        <source>{label}: continuing after the {count} accounts read before.</source>
        <translation>{label} : reprise après les {count} comptes déjà lus.</translation>
    </message>
    <message>
        <source>{label}: x.com&apos;s data cannot be read directly; reading the accounts shown on the page instead.</source>
        <translation>{label} : les données de x.com ne peuvent pas être lues directement ; lecture des comptes affichés sur la page à la place.</translation>
    </message>
    <message>
        <source>{label}: {count} accounts read, complete.</source>
        <translation>{label} : {count} comptes lus, complet.</translation>
    </message>
    <message>
        <source>x.com asks to slow down: waiting {seconds} s.</source>
        <translation>x.com demande de ralentir : attente de {seconds} s.</translation>
    </message>
    <message>
        <source>x.com asks to slow down</source>
        <translation>x.com demande de ralentir</translation>
    </message>
    <message>
        <source>Hourly limit reached, pausing</source>
        <translation>Limite horaire atteinte, pause</translation>
    </message>
    <message>
        <source>The x.com sign-in was forgotten.</source>
        <translation>La connexion x.com a été oubliée.</translation>
    </message>
    <message>
        <source>There was no x.com sign-in to forget.</source>
        <translation>Il n’y avait aucune connexion x.com à oublier.</translation>
    </message>
    <message>
        <source>Recording of @{name}. Pages read: {pages}.</source>
        <translation>Enregistrement de @{name}. Pages lues : {pages}.</translation>
    </message>
    <message>
        <source>Lists: {count}, with all their members.</source>
        <translation>Listes : {count}, avec tous leurs membres.</translation>
    </message>
    <message>
        <source>Lists: {count}. Open each list&apos;s Members page and scroll to its end to read all the members.</source>
        <translation>Listes : {count}. Ouvrez la page Membres de chaque liste et descendez jusqu’en bas pour en lire tous les membres.</translation>
    </message>
    <message>
        <source>{count} follows read, complete.</source>
        <translation>{count} abonnements lus, au complet.</translation>
    </message>
    <message>
        <source>{count} followers read, complete.</source>
        <translation>{count} abonnés lus, au complet.</translation>
    </message>
    <message>
        <source>{count} of {expected} follows read — scroll to the end and save again to complete.</source>
        <translation>{count} abonnements lus sur {expected} — descendez jusqu’en bas et enregistrez à nouveau pour compléter.</translation>
    </message>
    <message>
        <source>{count} of {expected} followers read — scroll to the end and save again to complete.</source>
        <translation>{count} abonnés lus sur {expected} — descendez jusqu’en bas et enregistrez à nouveau pour compléter.</translation>
    </message>
    <message>
        <source>{count} follows read — scroll to the end and save again to complete.</source>
        <translation>{count} abonnements lus — descendez jusqu’en bas et enregistrez à nouveau pour compléter.</translation>
    </message>
    <message>
        <source>{count} followers read — scroll to the end and save again to complete.</source>
        <translation>{count} abonnés lus — descendez jusqu’en bas et enregistrez à nouveau pour compléter.</translation>
    </message>
    <message>
        <source>{count} blocked accounts read, complete.</source>
        <translation>{count} comptes bloqués lus, au complet.</translation>
    </message>
    <message>
        <source>{count} blocked accounts read — scroll to the end and save again to complete.</source>
        <translation>{count} comptes bloqués lus — descendez jusqu’en bas et enregistrez à nouveau pour compléter.</translation>
    </message>
    <message>
        <source>{count} muted accounts read, complete.</source>
        <translation>{count} comptes masqués lus, au complet.</translation>
    </message>
    <message>
        <source>{count} muted accounts read — scroll to the end and save again to complete.</source>
        <translation>{count} comptes masqués lus — descendez jusqu’en bas et enregistrez à nouveau pour compléter.</translation>
    </message>
</context>
<context>
    <name>XWebWindow</name>
    <message>
        <source>Read from x.com</source>
        <translation>Lire depuis x.com</translation>
    </message>
    <message>
        <source>Sign in to x.com below: Fedimove never sees your password. Then choose what to read and press “Start reading”. Fedimove scrolls at a human pace; you can stop at any time and continue later.</source>
        <translation>Connectez-vous à x.com ci-dessous : Fedimove ne voit jamais votre mot de passe. Choisissez ensuite quoi lire et appuyez sur « Démarrer la lecture ». Fedimove fait défiler à un rythme humain ; vous pouvez arrêter à tout moment et reprendre plus tard.</translation>
    </message>
    <message>
        <source>Not signed in yet.</source>
        <translation>Pas encore connecté.</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqués</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Masqués</translation>
    </message>
    <message>
        <source>Accounts you blocked, to block them on Mastodon too if you choose to</source>
        <translation>Les comptes que vous avez bloqués, pour les bloquer aussi sur Mastodon si vous le choisissez</translation>
    </message>
    <message>
        <source>Accounts you muted, to mute them on Mastodon too if you choose to</source>
        <translation>Les comptes que vous avez masqués, pour les masquer aussi sur Mastodon si vous le choisissez</translation>
    </message>
    <message>
        <source>Start reading</source>
        <translation>Démarrer la lecture</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Forget x.com sign-in</source>
        <translation>Oublier la connexion x.com</translation>
    </message>
    <message>
        <source>Delete this window&apos;s cookies and data: you will have to sign in again.</source>
        <translation>Supprimer les cookies et les données de cette fenêtre : il faudra vous reconnecter.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Back to x.com&apos;s sign-in</source>
        <translation>Revenir à la connexion x.com</translation>
    </message>
    <message>
        <source>x.com cannot be reached: you seem to be offline, or something blocks the connection. Nothing was lost. Check your connection, then try again.</source>
        <translation>x.com est injoignable : vous semblez hors ligne, ou quelque chose bloque la connexion. Rien n’a été perdu. Vérifiez votre connexion, puis réessayez.</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>Apple</source>
        <translation>Apple</translation>
    </message>
    <message>
        <source>%1 does not allow signing in inside apps like this one (“This browser or app may not be secure”). Two ways work instead: sign in with your x.com username and password (if you always used %1, x.com › “Forgot password?” gives your account a password), or save a browser recording (HAR) in your usual browser and import it on the Twitter access screen.</source>
        <translation>%1 n’autorise pas la connexion dans des applications comme celle-ci (« Ce navigateur ou cette application ne sont peut-être pas sécurisés »). Deux moyens marchent à la place : connectez-vous avec votre nom d’utilisateur et votre mot de passe x.com (si vous avez toujours utilisé %1, x.com › « Mot de passe oublié ? » donne un mot de passe à votre compte), ou enregistrez un enregistrement de navigateur (HAR) dans votre navigateur habituel et importez-le sur l’écran Accès à Twitter.</translation>
    </message>
    <message>
        <source>Signed in to x.com as @%1.</source>
        <translation>Connecté à x.com en tant que @%1.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>%1: %2 of %3 accounts read</source>
        <translation>%1 : %2 comptes lus sur %3</translation>
    </message>
    <message>
        <source>%1: %2 accounts read</source>
        <translation>%1 : %2 comptes lus</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>environ %n minute restante</numerusform>
            <numerusform>environ %n minutes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n account(s) read. You can close this window.</source>
        <translation>
            <numerusform>Terminé : %n compte lu. Vous pouvez fermer cette fenêtre.</numerusform>
            <numerusform>Terminé : %n comptes lus. Vous pouvez fermer cette fenêtre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) are suspended or deactivated and were skipped.</source>
        <translation>
            <numerusform>%n compte est suspendu ou désactivé et a été ignoré.</numerusform>
            <numerusform>%n comptes sont suspendus ou désactivés et ont été ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected error; the details are in the log file.</source>
        <translation>Erreur inattendue ; les détails sont dans le fichier journal.</translation>
    </message>
    <message>
        <source>Stopped. What was read is kept; press “Start reading” to continue.</source>
        <translation>Arrêté. Ce qui a été lu est conservé ; appuyez sur « Démarrer la lecture » pour continuer.</translation>
    </message>
    <message>
        <source>Delete the x.com sign-in and everything this window stored? What was read into your workspace is kept.</source>
        <translation>Supprimer la connexion x.com et tout ce que cette fenêtre a enregistré ? Ce qui a été lu dans votre espace de travail est conservé.</translation>
    </message>
    <message>
        <source>The x.com sign-in was forgotten.</source>
        <translation>La connexion x.com a été oubliée.</translation>
    </message>
    <message>
        <source>The x.com sign-in could not be deleted: %1</source>
        <translation>La connexion x.com n’a pas pu être supprimée : %1</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher la version du programme et quitter</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s : erreur : %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide : %(value)r (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s invalide : %(value)r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>ces arguments sont obligatoires : %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l’un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>une valeur est attendue</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>impossible avec l’argument %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s pourrait désigner %(matches)s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossible d’ouvrir « %(filename)s » : %(error)s</translation>
    </message>
</context>
</TS>
