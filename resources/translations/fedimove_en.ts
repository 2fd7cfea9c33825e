<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>FollowsPage</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n followed</source>
        <translation>
            <numerusform>%n followed</numerusform>
            <numerusform>%n followed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow(s) are still waiting from last time. Resume where you stopped?</source>
        <translation>
            <numerusform>%n follow is still waiting from last time. Resume where you stopped?</numerusform>
            <numerusform>%n follows are still waiting from last time. Resume where you stopped?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MastodonPage</name>
    <message numerus="yes">
        <source>Today you can still follow %n account(s) from this account.</source>
        <translation>
            <numerusform>Today you can still follow %n account from this account.</numerusform>
            <numerusform>Today you can still follow %n accounts from this account.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchesPage</name>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>about %n hour left</numerusform>
            <numerusform>about %n hours left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) will be followed.</source>
        <translation>
            <numerusform>%n account will be followed.</numerusform>
            <numerusform>%n accounts will be followed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MigratePage</name>
    <message numerus="yes">
        <source>To follow: %n account(s)</source>
        <translation>
            <numerusform>To follow: %n account</numerusform>
            <numerusform>To follow: %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(of which %n as follow requests)</source>
        <translation>
            <numerusform>(of which %n as follow requests)</numerusform>
            <numerusform>(of which %n as follow requests)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already followed: %n</source>
        <translation>
            <numerusform>Already followed: %n</numerusform>
            <numerusform>Already followed: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n (no address, not sure enough, or left out by you)</source>
        <translation>
            <numerusform>Left out: %n (no address, not sure enough, or left out by you)</numerusform>
            <numerusform>Left out: %n (no address, not sure enough, or left out by you)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lists to recreate: %n</source>
        <translation>
            <numerusform>Lists to recreate: %n</numerusform>
            <numerusform>Lists to recreate: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today: %n (your server allows 400 follows a day)</source>
        <translation>
            <numerusform>Today: %n (your server allows 400 follows a day)</numerusform>
            <numerusform>Today: %n (your server allows 400 follows a day)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Later: %n, after the daily limit resets at 00:00 UTC</source>
        <translation>
            <numerusform>Later: %n, after the daily limit resets at 00:00 UTC</numerusform>
            <numerusform>Later: %n, after the daily limit resets at 00:00 UTC</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow %n account(s)</source>
        <translation>
            <numerusform>Follow %n account</numerusform>
            <numerusform>Follow %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not searched yet: %n account(s) (see Matches)</source>
        <translation>
            <numerusform>Not searched yet: %n account (see Matches)</numerusform>
            <numerusform>Not searched yet: %n accounts (see Matches)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Followed: %n</source>
        <translation>
            <numerusform>Followed: %n</numerusform>
            <numerusform>Followed: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow requests sent: %n</source>
        <translation>
            <numerusform>Follow requests sent: %n</numerusform>
            <numerusform>Follow requests sent: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed: %n</source>
        <translation>
            <numerusform>Failed: %n</numerusform>
            <numerusform>Failed: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still waiting: %n</source>
        <translation>
            <numerusform>Still waiting: %n</numerusform>
            <numerusform>Still waiting: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <source>You follow %n account(s).</source>
        <translation>
            <numerusform>You follow %n account.</numerusform>
            <numerusform>You follow %n accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) follow you.</source>
        <translation>
            <numerusform>%n account follows you.</numerusform>
            <numerusform>%n accounts follow you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list(s).</source>
        <translation>
            <numerusform>%n list.</numerusform>
            <numerusform>%n lists.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Twitter&apos;s archive keeps only numbers for the accounts you follow; the username of %n of them was found in your tweets.</source>
        <translation>
            <numerusform>Twitter&apos;s archive keeps only numbers for the accounts you follow; the username of %n of them was found in your tweets.</numerusform>
            <numerusform>Twitter&apos;s archive keeps only numbers for the accounts you follow; the usernames of %n of them were found in your tweets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %n is known only by number: read the usernames from x.com, a browser recording or API keys (Twitter access) before searching for matches.</source>
        <translation>
            <numerusform>The other %n is known only by number: read the usernames from x.com, a browser recording or API keys (Twitter access) before searching for matches.</numerusform>
            <numerusform>The other %n are known only by number: read the usernames from x.com, a browser recording or API keys (Twitter access) before searching for matches.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TwitterPage</name>
    <message numerus="yes">
        <source>Export complete: %n account(s) you follow.</source>
        <translation>
            <numerusform>Export complete: %n account you follow.</numerusform>
            <numerusform>Export complete: %n accounts you follow.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XWebWindow</name>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n account(s) read. You can close this window.</source>
        <translation>
            <numerusform>Done: %n account read. You can close this window.</numerusform>
            <numerusform>Done: %n accounts read. You can close this window.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) are suspended or deactivated and were skipped.</source>
        <translation>
            <numerusform>%n account is suspended or deactivated and were skipped.</numerusform>
            <numerusform>%n accounts are suspended or deactivated and were skipped.</numerusform>
        </translation>
    </message>
</context>
</TS>
