<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../ui/sections.py" line="+37"/>
        <location line="+86"/>
        <source>date unknown</source>
        <translation>датасы белгисиз</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>withdrawn</source>
        <translation>кайтарылып алынган</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>protected: {0}</source>
        <translation>корголгон: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation>адам</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>organisation</source>
        <translation>уюм</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kept elsewhere</source>
        <translation>башка жерде сакталат</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not yet checked</source>
        <translation>азырынча текшерилген жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intact</source>
        <translation>бузулган эмес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DAMAGED</source>
        <translation>БУЗУЛГАН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MISSING</source>
        <translation>ЖОК</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>What</source>
        <translation>Эмне</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+5"/>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Incidents and threats</source>
        <translation>Окуялар жана коркутуулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>Жери</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risk</source>
        <translation>Тобокелдик</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interviews</source>
        <translation>Интервьюлар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewee</source>
        <translation>Интервью берген адам</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Тил</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consent</source>
        <translation>Макулдук</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People and organisations</source>
        <translation>Адамдар жана уюмдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Аты / аталышы</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Occupation</source>
        <translation>Кесиби</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Protection</source>
        <translation>Коргоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Далилдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibit</source>
        <translation>Тиркеме</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acquired</source>
        <translation>Алынган</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Көлөмү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixity</source>
        <translation>Бүтүндүгү</translation>
    </message>
    <message>
        <location filename="../../ui/package_dialog.py" line="+384"/>
        <source>The package is written: {0} ({1}), {2} records and {3} evidence files.</source>
        <translation>Пакет жазылды: {0} ({1}); жазуулар: {2}, далил файлдары: {3}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the notebook with this fingerprint can open it:</source>
        <translation>Аны ушул бармак изи бар дептер гана ача алат:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recipient will see yours as:</source>
        <translation>Алуучу сиздин бармак изиңизди мындай көрөт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give them the file any way you like; read the fingerprints to each other.</source>
        <translation>Файлды каалаган жол менен бериңиз; бармак издерин бири-бириңизге окуп бериңиз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is NOT redacted: protected people are named in it.</source>
        <translation>Ал ЖАШЫРЫЛГАН ЭМЕС: анда корголгон адамдардын аттары жазылган.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out:</source>
        <translation>Кошулбагандар:</translation>
    </message>
</context>
<context>
    <name>AppearanceDialog</name>
    <message>
        <location filename="../../ui/appearance_dialog.py" line="+69"/>
        <source>Appearance</source>
        <translation>Сырткы көрүнүш</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a laptop that others may look at: the program can show itself under a plain name and icon, in its window titles, the taskbar and its messages. Your notebook stays where it is and opens as before.</source>
        <translation>Башкалар карап калышы мүмкүн болгон ноутбук үчүн: программа терезелеринин аталыштарында, тапшырмалар панелинде жана билдирүүлөрүндө өзүн жөнөкөй ат жана сүрөтчө менен көрсөтө алат. Дептериңиз ордунда калат жана мурункудай эле ачылат.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Use another name and icon</source>
        <translation>&amp;Башка ат жана сүрөтчө колдонуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Эскертмелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Icon:</source>
        <translation>&amp;Сүрөтчө:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain notes icon</source>
        <translation>Жөнөкөй эскертмелер сүрөтчөсү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The program&apos;s own icon</source>
        <translation>Программанын өз сүрөтчөсү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;What this does not hide.&lt;/b&gt; Whoever opens the program sees what it is, and its guide describes it. The program&apos;s installed files, its entry in the applications menu, its name in the list of running programs, and the folders where it keeps its settings and (unless you chose another place) your notebook keep their real names, CaseNotebook among them; some desktops show the installed program&apos;s name and icon in the taskbar whatever is chosen here. Your notebook&apos;s folder is not renamed either: if its name says what it holds, rename it while the program is closed, then open it with “Open an existing notebook…”. A disguise helps against a glance, not against a search.</source>
        <translation>&lt;b&gt;Бул эмнени жашырбайт.&lt;/b&gt; Программаны ачкан адам анын эмне экенин көрөт, колдонмосу да аны сүрөттөйт. Программанын орнотулган файлдары, колдонмолор менюсундагы жазуусу, иштеп жаткан программалардын тизмесиндеги аты, ошондой эле анын жөндөөлөрү жана (башка жер тандабасаңыз) дептериңиз сакталган папкалар чыныгы аттарын, анын ичинде CaseNotebook атын сакташат; айрым иш столдору бул жерде эмне тандалганына карабай тапшырмалар панелинде орнотулган программанын атын жана сүрөтчөсүн көрсөтөт. Дептериңиздин папкасынын аты да өзгөрбөйт: эгер анын аты ичинде эмне сакталганын билдирип турса, программа жабык турганда атын өзгөртүңүз, андан кийин аны «Бар дептерди ачуу…» аркылуу ачыңыз. Жашыруу бир караганда гана жардам берет, тинтүүдөн сактабайт.</translation>
    </message>
</context>
<context>
    <name>BackupJob</name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="+61"/>
        <source>The backup could not be written ({0}). Nothing was written.</source>
        <translation>Камдык көчүрмөнү жазуу мүмкүн болгон жок ({0}). Эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evidence files kept disappearing while the backup was taken: another program may be deleting them. Nothing was written; try again when it is done.</source>
        <translation>Камдык көчүрмө алынып жатканда далил файлдары жоголуп жатты: аларды башка программа өчүрүп жаткан болушу мүмкүн. Эч нерсе жазылган жок; ал бүткөндө кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The notebook could not be read whole: it may be damaged. Nothing was written.</source>
        <translation>Дептерди толук окуу мүмкүн болгон жок: ал бузулган болушу мүмкүн. Эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup was not made: {0}</source>
        <translation>Камдык көчүрмө түзүлгөн жок: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup was not made because of an unexpected error.</source>
        <translation>Күтүлбөгөн катадан улам камдык көчүрмө түзүлгөн жок.</translation>
    </message>
</context>
<context>
    <name>BackupProgressDialog</name>
    <message>
        <location line="+15"/>
        <source>Backing up</source>
        <translation>Камдык көчүрмө алынууда</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copying the notebook…</source>
        <translation>Дептер көчүрүлүүдө…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the backup: {0} of {1}</source>
        <translation>Камдык көчүрмө жазылууда: {1} ичинен {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopping…</source>
        <translation>Токтотулууда…</translation>
    </message>
</context>
<context>
    <name>BundleJob</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="+208"/>
        <source>The bundle could not be written ({0}). Nothing was written.</source>
        <translation>Пакетти жазуу мүмкүн болгон жок ({0}). Эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The interview&apos;s consent does not allow this export. Nothing was written.</source>
        <translation>Интервьюга берилген макулдук бул экспортко уруксат бербейт. Эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case or one of its files could not be read: the notebook may be damaged. Nothing was written.</source>
        <translation>Ишти же анын файлдарынын бирин окуу мүмкүн болгон жок: дептер бузулган болушу мүмкүн. Эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle was not made: {0}</source>
        <translation>Пакет түзүлгөн жок: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle was not made because of an unexpected error.</source>
        <translation>Күтүлбөгөн катадан улам пакет түзүлгөн жок.</translation>
    </message>
</context>
<context>
    <name>BundleProgressDialog</name>
    <message>
        <location line="+45"/>
        <source>Making the evidence bundle</source>
        <translation>Далилдер пакети түзүлүүдө</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the case and making the documents…</source>
        <translation>Иш окулуп, документтер түзүлүүдө…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the bundle: {0} of {1}</source>
        <translation>Пакет жазылууда: {1} ичинен {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopping…</source>
        <translation>Токтотулууда…</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <location filename="../../ui/record_form.py" line="+316"/>
        <location line="+4"/>
        <source>Consent given</source>
        <translation>Берилген макулдук</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>May be shared with</source>
        <translation>Кимге берүүгө болот</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Consent withdrawn</source>
        <translation>Макулдук кайтарылып алынды</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Withdrawn on</source>
        <translation>Кайтарылып алынган күнү</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consent withdrawn on</source>
        <translation>Макулдук кайтарылып алынган күнү</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../ui/core_words.py" line="+25"/>
        <source>the destination is a folder</source>
        <translation>көрсөтүлгөн жер — папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the destination&apos;s folder does not exist</source>
        <translation>жазыла турган папка жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the destination exists; choose another or force it</source>
        <translation>мындай файл бар; башкасын тандаңыз же аны алмаштырыңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a backup cannot be written inside the notebook</source>
        <translation>камдык көчүрмөнү дептердин ичине жазууга болбойт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>header</source>
        <translation>башкы бөлүгү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such backup file</source>
        <translation>мындай камдык көчүрмө файлы жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the destination exists and is not empty</source>
        <translation>көрсөтүлгөн жер бар жана бош эмес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database</source>
        <translation>маалымат базасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>container</source>
        <translation>контейнер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>truncated</source>
        <translation>файл кесилген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>newer database schema</source>
        <translation>маалымат базасынын жаңыраак схемасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file shrank while it was backed up</source>
        <translation>камдык көчүрмө жасалып жатканда файл кичирейип калды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stream</source>
        <translation>маалымат агымы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a notebook backup</source>
        <translation>бул дептердин камдык көчүрмөсү эмес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preamble</source>
        <translation>файлдын кириш бөлүгү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>newer backup format</source>
        <translation>камдык көчүрмөнүн жаңыраак форматы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest</source>
        <translation>мазмундун тизмеси</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a date we can read; write it like 10 June 2019, June 2019, about 2019 or 10–12 June 2019</source>
        <translation>бул күндү окуй албайбыз; мындай жазыңыз: 2019-жылдын 10-июну, 2019-жылдын июнь айы, болжол менен 2019-жыл же 2019-жылдын 10–12-июну</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>that falls outside the years 0001 to 9999</source>
        <translation>бул 0001–9999-жылдардын чегинен чыгат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the decade with its century, as in the 1980s or 1980-е</source>
        <translation>он жылдыкты кылымы менен жазыңыз, мисалы: 1980-жылдар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a time needs a date, as in 10 June 2019, 14:30</source>
        <translation>убакыттын күнү болушу керек, мисалы: 2019-жылдын 10-июну, 14:30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a month, as in 10 June 2019</source>
        <translation>айды кошуңуз, мисалы: 2019-жылдын 10-июну</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;before&quot; and &quot;after&quot; need a day, month, season, year or decade; write &quot;until&quot; or &quot;from&quot; instead</source>
        <translation>«чейин» жана «кийин» күндү, айды, мезгилди, жылды же он жылдыкты талап кылат; анын ордуна «чейин» же «баштап» деп жазыңыз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write the year with four digits, as in 10.06.2019 or 10 June 2019</source>
        <translation>жылды төрт сан менен жазыңыз, мисалы: 10.06.2019 же 2019-жылдын 10-июну</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a time zone needs a time, as in 10 June 2019, 14:30 UTC</source>
        <translation>убакыт алкагынын убактысы болушу керек, мисалы: 2019-жылдын 10-июну, 14:30 UTC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add a year, as in 10 June 2019</source>
        <translation>жылды кошуңуз, мисалы: 2019-жылдын 10-июну</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a year, as in June 2019</source>
        <translation>жылды кошуңуз, мисалы: 2019-жылдын июнь айы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a year, as in spring 2019</source>
        <translation>жылды кошуңуз, мисалы: 2019-жылдын жазы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a year, as in a day in June 2019</source>
        <translation>жылды кошуңуз, мисалы: 2019-жылдын июнь айынын бир күнү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the date is empty</source>
        <translation>күнү көрсөтүлгөн эмес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write a date as YYYY-MM-DD, or an interval as two dates around one /</source>
        <translation>күндү ЖЖЖЖ-АА-КК түрүндө, аралыкты бир / менен бөлүнгөн эки күн катары жазыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an interval needs at least one known date</source>
        <translation>аралыктын жок дегенде бир белгилүү күнү болушу керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an interval&apos;s end comes before its start</source>
        <translation>аралыктын аягы башталышынан мурун келет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write a date as YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>күндү ЖЖЖЖ, ЖЖЖЖ-АА же ЖЖЖЖ-АА-КК түрүндө жазыңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove the spaces inside the date</source>
        <translation>күндүн ичиндеги боштуктарды алып салыңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use 4-digit years from 0001 to 9999</source>
        <translation>жылды төрт сан менен, 0001ден 9999га чейин жазыңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write unspecified digits with a capital X, as in 201X</source>
        <translation>белгисиз сандарды латындын баш X тамгасы менен жазыңыз, мисалы: 201X</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use one qualifier at the end: ? uncertain, ~ approximate, % both</source>
        <translation>аягына бир белги коюңуз: ? — так эмес, ~ — болжолдуу, % — экөө тең</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>put a qualifier (? ~ %) at the end of the date</source>
        <translation>белгини (? ~ %) күндүн аягына коюңуз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the year first, as in 2019-06-10</source>
        <translation>адегенде жылды жазыңыз, мисалы: 2019-06-10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X can stand only for the last digits of a year (201X, 20XX) or for a whole month or day (2019-XX, 2019-06-XX)</source>
        <translation>X жылдын акыркы сандарынын (201X, 20XX) же бүтүн айдын же күндүн (2019-XX, 2019-06-XX) ордуна гана жүрөт</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write a date and time as 2019-06-10T14:30 or 2019-06-10T14:30:05, optionally followed by Z or an offset such as +05:00</source>
        <translation>күндү жана убакытты 2019-06-10T14:30 же 2019-06-10T14:30:05 түрүндө жазыңыз, кааласаңыз аягына Z же +05:00 сыяктуу жылышты кошуңуз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the year 0000 cannot be used; years go from 0001 to 9999</source>
        <translation>0000-жылды колдонууга болбойт; жылдар 0001ден 9999га чейин</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a UTC offset goes from -14:00 to +14:00</source>
        <translation>UTCден жылыш -14:00дөн +14:00гө чейин болот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.. marks an open end of an interval, as in ../2020-03</source>
        <translation>.. аралыктын ачык четин билдирет, мисалы: ../2020-03</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a date with a time cannot carry a qualifier (? ~ %)</source>
        <translation>убактысы бар күнгө белги (? ~ %) кошууга болбойт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a time needs a complete date, as in 2019-06-10T14:30</source>
        <translation>убакыт үчүн толук күн керек, мисалы: 2019-06-10T14:30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a season (21 to 24) cannot have a day</source>
        <translation>мезгилдин (21–24) күнү болбойт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in UTC this time falls outside the years 0001 to 9999</source>
        <translation>UTC боюнча бул убакыт 0001–9999-жылдардын чегинен чыгат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQLCipher is not built with OpenSSL</source>
        <translation>SQLCipher OpenSSL менен куралган эмес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database missing</source>
        <translation>маалымат базасы жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database empty</source>
        <translation>маалымат базасы бош</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the copy&apos;s file already exists</source>
        <translation>көчүрмөнүн файлы мурунтан бар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the notebook is open read-only</source>
        <translation>дептер окуу үчүн гана ачылган</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the demo&apos;s passphrase must be six words</source>
        <translation>демо дептердин сырсөзү алты сөздөн турушу керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;tags&apos; must map each tag to a list of keys</source>
        <translation>«tags» ичинде ар бир белгиге ачкычтардын тизмеси туура келиши керек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a notebook folder</source>
        <translation>бул дептердин папкасы эмес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a file</source>
        <translation>бул файл эмес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no case with that id</source>
        <translation>мындай идентификатору бар иш жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this evidence has no stored file</source>
        <translation>бул далилдин сакталган файлы жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence file does not match its recorded hashes</source>
        <translation>далилдин файлы жазылган хештерге дал келбейт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>custody event does not match its audit entry</source>
        <translation>сактоо чынжырындагы окуя журналдагы жазууга дал келбейт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file does not match the hashes it came with</source>
        <translation>файл аны менен келген хештерге дал келбейт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence file missing</source>
        <translation>далилдин файлы жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence file damaged</source>
        <translation>далилдин файлы бузулган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence key damaged</source>
        <translation>далилдин ачкычы бузулган</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bundle</source>
        <translation>пакет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an exhibit chosen is not evidence of this case</source>
        <translation>тандалган тиркеме бул иштин далили эмес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bundle&apos;s evidence/items.json lists no items</source>
        <translation>пакеттин evidence/items.json файлында бир да элемент жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>that id is not a case</source>
        <translation>бул идентификатор иш эмес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bundle&apos;s evidence/items.json cannot be read</source>
        <translation>пакеттин evidence/items.json файлын окуу мүмкүн эмес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bundle&apos;s evidence/custody.jsonl cannot be read</source>
        <translation>далилдер пакетиндеги evidence/custody.jsonl окулбай жатат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text is not valid Unicode</source>
        <translation>текст жарактуу Юникод эмес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this interview&apos;s consent does not allow this export</source>
        <translation>бул интервьюга берилген макулдук мындай экспортко уруксат бербейт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this interview&apos;s consent does not allow this export; an export with redaction may be allowed</source>
        <translation>бул интервьюга берилген макулдук мындай экспортко уруксат бербейт; жашыруу менен экспорттоого уруксат болушу мүмкүн</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an interview record needs the interview</source>
        <translation>интервьюнун протоколу үчүн интервьюнун өзү керек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the witness must be a person of this case</source>
        <translation>күбө ушул иштеги адам болушу керек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a notebook</source>
        <translation>бул дептер эмес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>newer format</source>
        <translation>жаңыраак формат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a contact code starts with cn1-</source>
        <translation>байланыш коду cn1- менен башталат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>that contact code is too short or too long</source>
        <translation>бул байланыш коду өтө кыска же өтө узун</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>that contact code was changed on its way: ask for it again</source>
        <translation>бул байланыш коду жолдо өзгөрүп калган: аны кайра сураңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>that contact code has characters it cannot have</source>
        <translation>бул байланыш кодунда болбой турган белгилер бар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a protected person needs a pseudonym</source>
        <translation>корголгон адамдын псевдоними болушу керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same-day order must be a whole number</source>
        <translation>күндүн ичиндеги кезек бүтүн сан болушу керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tag is 1 to 64 characters, without commas or control characters</source>
        <translation>белги 1ден 64кө чейин белгиден турат, үтүрсүз жана башкаруучу белгилерсиз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the text contains control characters</source>
        <translation>текстте башкаруучу белгилер бар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this field takes a single line</source>
        <translation>бул талаага бир гана сап жазылат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a withdrawal date needs the consent marked withdrawn</source>
        <translation>кайтарып алуу күнү үчүн макулдук кайтарылып алынды деп белгилениши керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a participant needs a person</source>
        <translation>катышуучуга адам көрсөтүлүшү керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same person is listed twice in the same role</source>
        <translation>бир эле адам бир эле ролдо эки жолу көрсөтүлгөн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the title must not be empty</source>
        <translation>аталышы бош болбошу керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name must not be empty</source>
        <translation>аты бош болбошу керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only a perpetrator has a degree of involvement</source>
        <translation>катышуу деңгээли укук бузуучуда гана болот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only a perpetrator has a perpetrator type</source>
        <translation>укук бузуучунун түрү укук бузуучуда гана болот</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this notebook was written by a newer version</source>
        <translation>бул дептер жаңыраак версия менен жазылган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this notebook needs a one-time upgrade, and another program has it open: close that program and try again</source>
        <translation>бул дептерди бир жолу жаңыртуу керек, бирок ал башка программада ачык: ошол программаны жаап, кайра аракет кылыңыз</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>that is this notebook&apos;s own contact code</source>
        <translation>бул ушул дептердин өзүнүн байланыш коду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>that contact code holds no usable key</source>
        <translation>бул байланыш кодунда жарактуу ачкыч жок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the package does not begin with its case</source>
        <translation>пакет өзүнүн иши менен башталбайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the package holds a record twice</source>
        <translation>пакетте бир жазуу эки жолу бар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the package&apos;s records cannot be read by this version</source>
        <translation>пакеттин жазууларын бул версия окуй албайт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a case package</source>
        <translation>бул иштин пакети эмес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>newer case package format</source>
        <translation>иштин пакетинин жаңыраак форматы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the package was made by a newer version</source>
        <translation>пакет жаңыраак версия менен жасалган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>addressed to another notebook</source>
        <translation>башка дептерге жөнөтүлгөн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this package was made by this notebook itself</source>
        <translation>бул пакетти ушул дептердин өзү жасаган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the package&apos;s case clashes with a record here</source>
        <translation>пакеттеги иш бул жердеги жазуу менен кагылышат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this package was already received</source>
        <translation>бул пакет мурун эле кабыл алынган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a record of the package has the id of a record of another case here</source>
        <translation>пакеттеги жазуунун идентификатору бул жердеги башка иштин жазуусунуку менен бирдей</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a record of the package has the id of another kind of record here</source>
        <translation>пакеттеги жазуунун идентификатору бул жердеги башка түрдөгү жазуунуку менен бирдей</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>evidence file</source>
        <translation>далилдин файлы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sealed to another notebook</source>
        <translation>башка дептер үчүн мөөрлөнгөн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signature</source>
        <translation>кол тамга</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the search needs at least one word</source>
        <translation>издөө үчүн жок дегенде бир сөз керек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a new record must not have an id yet</source>
        <translation>жаңы жазуунун азырынча идентификатору болбошу керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>that id is missing or already in use</source>
        <translation>идентификатор жок же мурунтан колдонулууда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a record cannot be linked to itself</source>
        <translation>жазууну өзү менен байланыштырууга болбойт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linked records must be in the same case</source>
        <translation>байланышкан жазуулар бир иште болушу керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>these records are already linked that way</source>
        <translation>бул жазуулар мурунтан ушундай байланышкан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the record needs a case</source>
        <translation>жазуунун иши болушу керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another exhibit of this case has that mark</source>
        <translation>бул иштин башка тиркемесинде мындай номер бар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a case does not belong to another case</source>
        <translation>иш башка ишке таандык болбойт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no person with that id</source>
        <translation>мындай идентификатору бар адам жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the person belongs to another case</source>
        <translation>бул адам башка ишке таандык</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the range ends before it starts</source>
        <translation>аралык башталганга чейин бүтөт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the passphrase is too short</source>
        <translation>сырсөз өтө кыска</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key derivation is weaker than the minimum</source>
        <translation>ачкычты алуу жол берилген минимумдан алсыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder exists and is not empty</source>
        <translation>папка бар жана бош эмес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no notebook in that folder</source>
        <translation>бул папкада дептер жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no key slot with that id</source>
        <translation>мындай идентификатору бар ачкыч уячасы жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last key slot cannot be removed</source>
        <translation>акыркы ачкыч уячасын өчүрүүгө болбойт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the passphrase&apos;s key slot cannot be removed</source>
        <translation>сырсөздүн ачкыч уячасын өчүрүүгө болбойт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the notebook is locked</source>
        <translation>дептер кулпуланган</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the notebook&apos;s copy of the evidence file</source>
        <translation>далил файлынын дептердеги көчүрмөсү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the notebook&apos;s database</source>
        <translation>дептердин маалымат базасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a copy of the notebook&apos;s database</source>
        <translation>дептердин маалымат базасынын көчүрмөсү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the output file</source>
        <translation>чыгаруу файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the evidence bundle</source>
        <translation>далилдер пакети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup file</source>
        <translation>камдык көчүрмө файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the case package</source>
        <translation>иштин пакети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the restored notebook</source>
        <translation>калыбына келтирилген дептер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no space left on the disk</source>
        <translation>дискте орун калган жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk quota is used up</source>
        <translation>дисктеги квота түгөндү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk reported an error</source>
        <translation>диск ката кабарлады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is read-only</source>
        <translation>диск окуу үчүн гана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>permission denied</source>
        <translation>жазууга уруксат жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is too large for this disk</source>
        <translation>файл бул диск үчүн өтө чоң</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder is not there</source>
        <translation>папка жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system refused the write</source>
        <translation>система жазууга уруксат берген жок</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the text is longer than {0} characters</source>
        <translation>текст {0} белгиден узун</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>month {0} does not exist (seasons are 21 to 24)</source>
        <translation>{0}-ай болбойт (мезгилдер — 21–24)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>month {0} does not exist</source>
        <translation>{0}-ай болбойт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>day {0} does not exist</source>
        <translation>{0}-күн болбойт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>29 February {0} does not exist: not a leap year</source>
        <translation>{0}-жылы 29-февраль болгон эмес: кибис жыл эмес</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} {1} does not exist</source>
        <translation>{0}-{1} деген күн болбойт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>winter {0} would end in the year {1}</source>
        <translation>{0}-жылдын кышы {1}-жылы бүтмөк</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hour {0} does not exist: hours go from 00 to 23</source>
        <translation>{0}-саат болбойт: сааттар 00дөн 23кө чейин</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>minute {0} does not exist: minutes go from 00 to 59</source>
        <translation>{0}-мүнөт болбойт: мүнөттөр 00дөн 59га чейин</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>second {0} does not exist: seconds go from 00 to 59</source>
        <translation>{0}-секунд болбойт: секунддар 00дөн 59га чейин</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>dates in numbers are read day first: 10.06.2019 is 10 June 2019, so {0} would be in month {1}</source>
        <translation>сан менен жазылган күндөр күндөн башталып окулат: 10.06.2019 — 2019-жылдын 10-июну, ошондуктан {0} {1}-айга туура келмек</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read &quot;{0}&quot; in a date; write it like 10 June 2019, June 2019, about 2019 or 10–12 June 2019</source>
        <translation>күндөгү «{0}» окулбайт; мындай жазыңыз: 2019-жылдын 10-июну, 2019-жылдын июнь айы, болжол менен 2019-жыл же 2019-жылдын 10–12-июну</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the limit is between {0} and {1} wrong passphrases</source>
        <translation>чек — {0}дөн {1}ге чейин туура эмес сырсөз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} other records refer to this person</source>
        <translation>бул адамга башка жазуулар шилтеме кылат: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the case still holds {0} records</source>
        <translation>иште дагы эле жазуулар бар: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} exists; nothing was written</source>
        <translation>{0} мурунтан бар; эч нерсе жазылган жок</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder {0} does not exist</source>
        <translation>{0} папкасы жок</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this package was made at {0}, before one already received from the same notebook ({1}); nothing was taken</source>
        <translation>бул пакет {0} жасалган, ошол эле дептерден мурун кабыл алынган пакеттен ({1}) эрте; эч нерсе кабыл алынган жок</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>item {0} of the bundle&apos;s items.json holds a value that is not text</source>
        <translation>далилдер пакетиндеги items.json файлынын {0}-элементинде текст эмес маани бар</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>record {0} of the package holds a value of the wrong type</source>
        <translation>пакеттин {0}-жазуусунда туура эмес түрдөгү маани бар</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>record {0} of the package has no kind</source>
        <translation>пакеттин {0}-жазуусунун түрү көрсөтүлгөн эмес</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>record {0} of the package has no valid id</source>
        <translation>пакеттин {0}-жазуусунун туура идентификатору жок</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>record {0} of the package is of another case</source>
        <translation>пакеттин {0}-жазуусу башка ишке таандык</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>chunk {0}</source>
        <translation>{0}-блок</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} could not be written: {1}</source>
        <translation>{0} жазылган жок: {1}</translation>
    </message>
</context>
<context>
    <name>CreateDialog</name>
    <message>
        <location filename="../../ui/welcome.py" line="+127"/>
        <source>Create a notebook</source>
        <translation>Дептер түзүү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Тандоо…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Use six random words or more, chosen by dice or a generator, not by you. Nobody can reset this passphrase: without it (or a recovery key) the notebook cannot be opened by anyone, including you.</source>
        <translation>Кеминде алты кокус сөздү колдонуңуз; аларды өзүңүз эмес, оюн сөөгү же генератор тандасын. Бул сырсөздү эч ким калыбына келтире албайт: ансыз (же калыбына келтирүү ачкычысыз) дептерди эч ким, анын ичинде сиз да ача албайсыз.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create</source>
        <translation>Түзүү</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Location</source>
        <translation>Жайгашкан жери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Where to keep the notebook</source>
        <translation>Дептерди кайда сактоо керек</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../ui/record_form.py" line="-218"/>
        <source>for example: {0}</source>
        <translation>мисалы: {0}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This is not a date we can read. Write it like: {0}</source>
        <translation>Бул датаны окуй алган жокпуз. Мисалы, мындай жазыңыз: {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>= {0}</source>
        <translation>= {0}</translation>
    </message>
</context>
<context>
    <name>DocumentExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="+78"/>
        <location line="+556"/>
        <location line="+35"/>
        <location line="+36"/>
        <source>Export a document</source>
        <translation>Документти экспорттоо</translation>
    </message>
    <message>
        <location line="-619"/>
        <source>Witness statement (England &amp; Wales, PD 32)</source>
        <translation>Күбөнүн көрсөтмөсү (Англия жана Уэльс, PD 32)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chronology (Word)</source>
        <translation>Хронология (Word)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chronology (CSV)</source>
        <translation>Хронология (CSV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgent appeal to the UN Special Rapporteur on human rights defenders</source>
        <translation>БУУнун укук коргоочулардын абалы боюнча атайын баяндамачысына шашылыш кайрылуу</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+78"/>
        <source>Interview record</source>
        <translation>Интервью протоколу</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Schedule of exhibits</source>
        <translation>Тиркемелердин тизмеси</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence bundle (signed BagIt .zip)</source>
        <translation>Далилдер пакети (кол коюлган BagIt .zip)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>for example: A v B</source>
        <translation>мисалы: А Бга каршы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for example: Claimant</source>
        <translation>мисалы: Доогер</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave empty to withhold it. A protected witness&apos;s address is always left out.</source>
        <translation>Көрсөтпөө үчүн бош калтырыңыз. Корголгон күбөнүн дареги эч качан көрсөтүлбөйт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+49"/>
        <source>Witness statement</source>
        <translation>Күбөнүн көрсөтмөсү</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Witness</source>
        <translation>Күбө</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title of proceedings</source>
        <translation>Иштин аталышы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim number</source>
        <translation>Иштин номери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On behalf of</source>
        <translation>Кайсы тараптын атынан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement number</source>
        <translation>Көрсөтмөнүн номери</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>Witness&apos;s address</source>
        <translation>Күбөнүн дареги</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Written into the file&apos;s properties, which anyone who has the file can read. Leave empty to leave it out.</source>
        <translation>Файлдын касиеттерине жазылат, аларды файлы бар ар ким окуй алат. Жазбоо үчүн бош калтырыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case</source>
        <translation>Иш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The language of the document&apos;s fixed wording, dates and labels; what the records say is printed as written.</source>
        <translation>Документтин туруктуу сөздөрүнүн, даталарынын жана белгилөөлөрүнүн тили; жазуулардын мазмуну кандай жазылса, ошондой басылат.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the languages the document&apos;s forum takes are offered.</source>
        <translation>Документ арналган орган кабыл алган тилдер гана сунушталат.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <location line="+9"/>
        <source>Document language</source>
        <translation>Документтин тили</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+393"/>
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location line="-392"/>
        <location line="+4"/>
        <source>Date of the document</source>
        <translation>Документтин датасы</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Prepared by</source>
        <translation>Даярдаган</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Author</source>
        <translation>Автору</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence bundle</source>
        <translation>Далилдер пакети</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Urgent appeal</source>
        <translation>Шашылыш кайрылуу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exhibits to include</source>
        <translation>Пакетке кошулуучу тиркемелер</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chronology and the schedule of exhibits are always included. Also include:</source>
        <translation>Хронология жана тиркемелердин тизмеси дайыма кошулат. Ошондой эле кошуу:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exhibits, as their files were stored:</source>
        <translation>Тиркемелер, файлдары кандай сакталса, ошондой:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Redact protected people (recommended)</source>
        <translation>Корголгон адамдарды жашыруу (сунушталат)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the document will show and withhold</source>
        <translation>Документ эмнени көрсөтөт, эмнени жашырат</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Signed with this notebook&apos;s key. Its fingerprint: read it to the recipient by phone so they can confirm the bundle is yours.</source>
        <translation>Бул дептердин ачкычы менен кол коюлган. Анын бармак изи: пакет сизден экенин ырастай алышы үчүн аны алуучуга телефон аркылуу окуп бериңиз.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export…</source>
        <translation>Экспорттоо…</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Leave blank for the lawyer</source>
        <translation>Юрист үчүн бош калтыруу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} — protected, shown as {1}</source>
        <translation>{0} — корголгон, документтерде: {1}</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+31"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>{0} — withheld when redacted</source>
        <translation>{0} — жашырылганда көрсөтүлбөйт</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interview with {0}</source>
        <translation>Интервью: {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The case could not be read: {0}</source>
        <translation>Ишти окуу мүмкүн болгон жок: {0}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a case.</source>
        <translation>Ишти тандаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date of the document cannot be read.</source>
        <translation>Документтин датасын окуу мүмкүн эмес.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check at least one exhibit to include.</source>
        <translation>Кошуу үчүн жок дегенде бир тиркемени белгилеңиз.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This case has no interview to export.</source>
        <translation>Бул иште экспорттой турган интервью жок.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This interview may not be exported: consent was withdrawn.</source>
        <translation>Бул интервьюну экспорттоого болбойт: макулдук кайтарылып алынган.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This interview may be exported only with protected people redacted (consent: {0}).</source>
        <translation>Бул интервьюну корголгон адамдарды жашырып гана экспорттоого болот (макулдук: {0}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This interview may not be exported: its consent is “{0}”.</source>
        <translation>Бул интервьюну экспорттоого болбойт: анын макулдугу — «{0}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its consent allows this export: {0}.</source>
        <translation>Анын макулдугу бул экспортко уруксат берет: {0}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shown under pseudonyms</source>
        <translation>Псевдоним менен көрсөтүлөт</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only these spellings are replaced: add any other to the person&apos;s other names.</source>
        <translation>Ушул жазылыштар гана алмаштырылат: башкасын адамдын башка аттарына кошуңуз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Named in full (not redacted)</source>
        <translation>Толук аты менен аталат (жашырылбайт)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody in this case is marked protected.</source>
        <translation>Бул иште эч ким корголгон деп белгиленген эмес.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withheld</source>
        <translation>Көрсөтүлбөйт</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: it identifies a protected person</source>
        <translation>{0}: корголгон адамды таанытат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is withheld.</source>
        <translation>Эч нерсе жашырылбайт.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The contact details of {0}, a protected person</source>
        <translation>Байланыш маалыматтары: {0} (корголгон адам)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: consent was withdrawn</source>
        <translation>{0}: макулдук кайтарылып алынган</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: its consent is “{1}”</source>
        <translation>{0}: макулдугу — «{1}»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export without redaction</source>
        <translation>Жашырбай экспорттоо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without redaction the document names every protected person in full, and anyone who gets the file can read their names. Export without redaction?</source>
        <translation>Жашырылбаса, документте ар бир корголгон адамдын толук аты жазылат жана файл колуна тийген ар ким алардын аттарын окуй алат. Жашырбай экспорттойсузбу?</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Another export is still running.</source>
        <translation>Башка экспорт али бүтө элек.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} мурунтан эле бар. Алмаштырасызбы?</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>Written: {0}</source>
        <translation>Жазылды: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bag {0}: {1} files, {2} ({3} bytes).</source>
        <translation>Пакет {0}: {1} файл, {2} ({3} байт).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelled. Nothing was written.</source>
        <translation>Жокко чыгарылды. Эч нерсе жазылган жок.</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="../../ui/editor.py" line="+69"/>
        <source>New record</source>
        <translation>Жаңы жазуу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit record</source>
        <translation>Жазууну өзгөртүү</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+45"/>
        <source>Edit {0}</source>
        <translation>Өзгөртүү: {0}</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Remove link</source>
        <translation>Байланышты алып салуу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Link</source>
        <translation>Байланыштыруу</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add {0}</source>
        <translation>Кошуу: {0}</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ui/erase_dialog.py" line="+119"/>
        <source>Erase this notebook</source>
        <translation>Бул дептерди биротоло өчүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase this notebook now, for good?</source>
        <translation>Бул дептерди азыр биротоло өчүрөсүзбү?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its keys are destroyed first: within a second nothing in it can be read again by anyone, not even with the passphrase or a recovery code. Then all its files are removed. There is no undo.</source>
        <translation>Адегенде анын ачкычтары жок кылынат: бир секунданын ичинде андагы эч нерсени эч ким кайра окуй албайт, сырсөз же калыбына келтирүү коду менен да. Андан кийин анын бардык файлдары өчүрүлөт. Муну артка кайтарууга болбойт.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;What erase cannot do.&lt;/b&gt; It cannot reach copies made elsewhere: backups, exported documents and bundles, synced or cloud folders, or a copy of the notebook someone has already taken. It is not a forensic wipe: a disk, above all an SSD, may keep older versions of the files where no program can overwrite them.</source>
        <translation>&lt;b&gt;Өчүрүү эмнени кыла албайт.&lt;/b&gt; Ал башка жерде жасалган көчүрмөлөргө жетпейт: камдык көчүрмөлөр, экспорттолгон документтер жана пакеттер, шайкештирилген же булуттагы папкалар, же кимдир бирөө мурунтан эле алып кеткен дептердин көчүрмөсү. Бул криминалистикалык тазалоо эмес: диск, өзгөчө SSD, файлдардын эски нускаларын эч бир программа үстүнөн жаза албаган жерде сактап калышы мүмкүн.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Erase: press and hold for two seconds</source>
        <translation>Өчүрүү: басып, эки секунд кармап туруңуз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep holding…</source>
        <translation>Кармап туруңуз…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold down to erase (2 seconds)</source>
        <translation>Өчүрүү үчүн басып кармаңыз (2 секунд)</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../ui/viewer.py" line="+99"/>
        <source>Evidence viewer</source>
        <translation>Далилди көрүү</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fit to window</source>
        <translation>Терезеге батыруу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File name:</source>
        <translation>Файлдын аты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Түрү:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size:</source>
        <translation>Көлөмү:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} bytes</source>
        <translation>{0} байт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added:</source>
        <translation>Кошулган:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open in another program…</source>
        <translation>Башка программада ачуу…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This image could not be read.</source>
        <translation>Бул сүрөттү окуу мүмкүн болгон жок.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF files cannot be shown here: this installation has no PDF viewer. You may open it in another program.</source>
        <translation>PDF файлдары бул жерде көрсөтүлбөйт: бул орнотууда PDF көрүүчү жок. Файлды башка программада ачсаңыз болот.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Files of this type cannot be shown here. You may open it in another program.</source>
        <translation>Мындай түрдөгү файлдар бул жерде көрсөтүлбөйт. Файлды башка программада ачсаңыз болот.</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+35"/>
        <source>Open in another program</source>
        <translation>Башка программада ачуу</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>To open this file in another program, a decrypted copy must be written outside the notebook. That copy is not protected by your passphrase and stays on the disk until you delete it. Other programs, backups and cloud sync may copy it further.

Write a plaintext copy?</source>
        <translation>Бул файлды башка программада ачуу үчүн анын шифри чечилген көчүрмөсү дептерден тышкары жазылышы керек. Ал көчүрмө сырсөзүңүз менен корголбойт жана сиз өчүрмөйүнчө дискте калат. Башка программалар, камдык көчүрмөлөр жана булуттук шайкештирүү аны андан ары көчүрүшү мүмкүн.

Шифрленбеген көчүрмөнү жазасызбы?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save a plaintext copy</source>
        <translation>Шифрленбеген көчүрмөнү сактоо</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The copy could not be written: {0}</source>
        <translation>Көчүрмөнү жазуу мүмкүн болгон жок: {0}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/timeline_export.py" line="+181"/>
        <source>Title:</source>
        <translation>Аталышы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width:</source>
        <translation>Туурасы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height:</source>
        <translation>Бийиктиги:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the timeline as {0}</source>
        <translation>Хронологияны {0} катары экспорттоо</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="-827"/>
        <source>The file could not be written ({0}). Nothing was written.</source>
        <translation>Файлды жазуу мүмкүн болгон жок ({0}). Эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The interview&apos;s consent does not allow this export. Nothing was written.</source>
        <translation>Интервьюга берилген макулдук бул экспортко уруксат бербейт. Эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case could not be read: the notebook may be damaged.</source>
        <translation>Ишти окуу мүмкүн болгон жок: дептер бузулган болушу мүмкүн.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document was not made: {0}</source>
        <translation>Документ түзүлгөн жок: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document was not made because of an unexpected error.</source>
        <translation>Күтүлбөгөн катадан улам документ түзүлгөн жок.</translation>
    </message>
</context>
<context>
    <name>ExportProgressDialog</name>
    <message>
        <location line="+72"/>
        <source>Exporting</source>
        <translation>Экспорттолууда</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopping…</source>
        <translation>Токтотулууда…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the case…</source>
        <translation>Иш окулууда…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making the document…</source>
        <translation>Документ түзүлүүдө…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the file…</source>
        <translation>Файл жазылууда…</translation>
    </message>
</context>
<context>
    <name>GuardDialog</name>
    <message>
        <location filename="../../ui/guard_dialog.py" line="+67"/>
        <source>Erase after wrong passphrases</source>
        <translation>Туура эмес сырсөздөрдөн кийин өчүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Erase this notebook after wrong passphrases in a row</source>
        <translation>Катары менен туура эмес сырсөздөрдөн кийин бул дептерди &amp;өчүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wrong passphrases in a row:</source>
        <translation>Катары менен туура эмес &amp;сырсөздөр:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong passphrases in a row</source>
        <translation>Катары менен туура эмес сырсөздөр</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This only stops guessing in this program. Whoever copies the notebook&apos;s folder first can try passphrases on the copy without any limit, and can put the count back: against that, only a strong passphrase protects you. And a few mistyped passphrases on a bad day erase the notebook for good: keep a backup somewhere safe. Each wrong attempt says how many are left. Backups and restored notebooks have this turned off.</source>
        <translation>Бул сырсөздү табууга аракетти ушул программада гана токтотот. Дептердин папкасын алдын ала көчүрүп алган адам көчүрмөдө сырсөздөрдү чексиз сынай алат жана эсепти кайра калыбына келтире алат: ага каршы сизди бекем сырсөз гана коргойт. Ал эми оор күнү бир нече жолу ката терилген сырсөз дептерди биротоло өчүрүп салат: камдык көчүрмөнү коопсуз жерде сактаңыз. Ар бир туура эмес аракеттен кийин канча аракет калганы айтылат. Камдык көчүрмөлөрдө жана калыбына келтирилген дептерлерде бул өчүрүлгөн.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not changed: {0}</source>
        <translation>Өзгөртүлгөн жок: {0}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/help_dialog.py" line="+132"/>
        <source>Help</source>
        <translation>Жардам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guide</source>
        <translation>&amp;Колдонмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Ыкчам баскычтар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections of the guide</source>
        <translation>Колдонмонун бөлүмдөрү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guide</source>
        <translation>Колдонмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Ыкчам баскычтар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Аракет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Баскычтар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Кайда</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../ui/identity_dialog.py" line="+58"/>
        <source>This notebook&apos;s contact code</source>
        <translation>Бул дептердин байланыш коду</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give this contact code to whoever may send this notebook a case (a lawyer, a colleague): only this notebook can open what is sent to it. Then read them the fingerprint below by telephone or in person, so they know the code is really yours and not one swapped on the way.</source>
        <translation>Бул дептерге иш жөнөтүшү мүмкүн болгон адамга (юристке, кесиптешиңизге) бул байланыш кодун бериңиз: ага жөнөтүлгөндү бул дептер гана ача алат. Андан кийин код чындап эле сиздики экенин жана жолдо алмаштырылбаганын билиши үчүн төмөнкү бармак изин аларга телефон аркылуу же бетме-бет окуп бериңиз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fingerprint:</source>
        <translation>Бармак изи:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the code</source>
        <translation>Кодду көчүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact code</source>
        <translation>Байланыш коду</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../../ui/evidence_import.py" line="+127"/>
        <source>{0} could not be read; it was not added.</source>
        <translation>{0} окулган жок; ал кошулган жок.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The notebook could not store {0}: it may be damaged.</source>
        <translation>Дептер {0} файлын сактай алган жок: дептер бузулган болушу мүмкүн.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} was not added: {1}</source>
        <translation>{0} кошулган жок: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} was not added because of an unexpected error.</source>
        <translation>Күтүлбөгөн катадан улам {0} кошулган жок.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Evidence</source>
        <translation>Далилдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files are still being added; wait for them or cancel first.</source>
        <translation>Файлдар али кошулуп жатат; бүтүшүн күтүңүз же адегенде жокко чыгарыңыз.</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location line="-28"/>
        <source>Adding evidence</source>
        <translation>Далилдер кошулууда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing…</source>
        <translation>Даярдалууда…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopping…</source>
        <translation>Токтотулууда…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adding {0}
(file {1} of {2})</source>
        <translation>Кошулууда: {0}
({2} ичинен {1}-файл)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+266"/>
        <source>Search everything (Ctrl+F)</source>
        <translation>Баарынан издөө (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Издөө</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New</source>
        <translation>&amp;Жаңы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage</source>
        <translation>Т&amp;ил</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otebook</source>
        <translation>&amp;Дептер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Жа&amp;рдам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guide (F1), the keyboard shortcuts, appearance</source>
        <translation>Колдонмо (F1), ыкчам баскычтар, сырткы көрүнүш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guide</source>
        <translation>Колдонмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Ыкчам баскычтар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appearance…</source>
        <translation>Сырткы көрүнүш…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this program under a plain name and icon</source>
        <translation>Бул программаны жөнөкөй ат жана сүрөтчө менен көрсөтүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the chosen record</source>
        <translation>Тандалган жазууну ачуу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back up the notebook, or manage recovery codes</source>
        <translation>Дептердин камдык көчүрмөсү жана калыбына келтирүү коддору</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident…</source>
        <translation>Окуя…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threat…</source>
        <translation>Коркутуу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview…</source>
        <translation>Интервью…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person…</source>
        <translation>Адам…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation…</source>
        <translation>Уюм…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence (kept elsewhere)…</source>
        <translation>Далил (башка жерде сакталат)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case…</source>
        <translation>Иш…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence files…</source>
        <translation>Далил файлдары…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View file</source>
        <translation>Файлды көрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+508"/>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <location line="-506"/>
        <source>Show the chosen evidence file, decrypted in memory (F3)</source>
        <translation>Тандалган далил файлын эс тутумда шифрин чечип көрсөтүү (F3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Көчүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search everything</source>
        <translation>Бардык жерден издөө</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Экспорттоо…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a Word document or a CSV table of the case (Ctrl+E)</source>
        <translation>Иш боюнча Word документин же CSV таблицасын түзүү (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up…</source>
        <translation>Камдык көчүрмө…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the whole notebook, encrypted, to one file to keep elsewhere</source>
        <translation>Башка жерде сактоо үчүн бүт дептерди шифрленген түрдө бир файлга жазуу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change passphrase…</source>
        <translation>Сырсөздү өзгөртүү…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new passphrase for this notebook; the current one is asked again</source>
        <translation>Бул дептер үчүн жаңы сырсөз; учурдагы сырсөз кайра суралат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery codes…</source>
        <translation>Калыбына келтирүү коддору…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A second way in, written on paper, for the day the passphrase is lost</source>
        <translation>Кагазга жазылган экинчи кирүү жолу — сырсөз жоголуп калган күн үчүн</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact code…</source>
        <translation>Байланыш коду…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send case…</source>
        <translation>Ишти жөнөтүү…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the chosen case as a file only the recipient&apos;s notebook can open</source>
        <translation>Тандалган ишти алуучунун дептери гана ача ала турган файлга жазуу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receive case…</source>
        <translation>Ишти кабыл алуу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase after wrong passphrases…</source>
        <translation>Туура эмес сырсөздөрдөн кийин өчүрүү…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: erase this notebook after too many wrong passphrases in a row</source>
        <translation>Кааласаңыз: катары менен өтө көп туура эмес сырсөздөн кийин бул дептерди өчүрүү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check a case package sent to this notebook and take it in</source>
        <translation>Бул дептерге жөнөтүлгөн иштин пакетин текшерип, кабыл алуу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to give someone who may send this notebook a case</source>
        <translation>Бул дептерге иш жөнөтүшү мүмкүн болгон адамга эмне берүү керек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock</source>
        <translation>Кулпулоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the notebook now (Ctrl+L)</source>
        <translation>Дептерди азыр кулпулоо (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase this notebook now…</source>
        <translation>Дептерди азыр өчүрүү…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Destroy this notebook&apos;s keys at once, then its files: for emergencies (Ctrl+Shift+Del)</source>
        <translation>Бул дептердин ачкычтарын дароо, андан кийин файлдарын жок кылуу: шашылыш учурлар үчүн (Ctrl+Shift+Del)</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+158"/>
        <source>Undo</source>
        <translation>Артка кайтаруу</translation>
    </message>
    <message>
        <location line="-157"/>
        <location line="+157"/>
        <source>Redo</source>
        <translation>Кайра жасоо</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the timeline chart: {0}</source>
        <translation>Хронология шкаласында: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tab and Shift+Tab move from control to control; Space uses the button that has the focus, and the arrow keys move in lists and menus.</source>
        <translation>Tab жана Shift+Tab бир башкаруу элементинен экинчисине өткөрөт; Space фокустагы баскычты басат, ал эми жебе баскычтары тизмелерде жана менюларда жылдырат.</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+16"/>
        <location line="+200"/>
        <source>Choose or create a case first.</source>
        <translation>Адегенде ишти тандаңыз же түзүңүз.</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Back up the notebook</source>
        <translation>Дептердин камдык көчүрмөсү</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A backup cannot be written inside the notebook&apos;s folder: choose another.</source>
        <translation>Камдык көчүрмөнү дептердин өз папкасына жазууга болбойт: башка жерди тандаңыз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A backup is already running.</source>
        <translation>Камдык көчүрмө алынып жатат.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup is written: {0} ({1}).</source>
        <translation>Камдык көчүрмө жазылды: {0} ({1}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This backup opens with the passphrase you have now (and any recovery code you have now), even after you change it. Keep it somewhere safe, away from this laptop; erase does not reach it.</source>
        <translation>Бул көчүрмө азыркы сырсөзүңүз менен (жана азыр бар ар бир калыбына келтирүү коду менен) ачылат, аны алмаштыргандан кийин да. Аны бул ноутбуктан алыс, коопсуз жерде сактаңыз; дептерди өчүрүү ага жетпейт.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} evidence files were already missing from the notebook: the backup cannot hold them.</source>
        <translation>Дептерде мурунтан эле жок болгон далил файлдары: {0}. Камдык көчүрмөдө алар жок.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose the case to send first.</source>
        <translation>Адегенде жөнөтүлө турган ишти тандаңыз.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Receive a case package</source>
        <translation>Иштин пакетин кабыл алуу</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Add evidence files</source>
        <translation>Далил файлдарын кошуу</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose an evidence item that has a stored file.</source>
        <translation>Файлы сакталган далилди тандаңыз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file could not be opened: {0}</source>
        <translation>Файлды ачуу мүмкүн болгон жок: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete this evidence item and destroy its file? This cannot be undone: the file&apos;s key is erased. Copies exported earlier are not affected.</source>
        <translation>Бул далилди өчүрүп, анын файлын жок кыласызбы? Муну артка кайтарууга болбойт: файлдын ачкычы өчүрүлөт. Мурда экспорттолгон көчүрмөлөргө бул тийбейт.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete this record? Undo brings it back.</source>
        <translation>Бул жазууну өчүрөсүзбү? Аны «Артка кайтаруу» менен кайтарса болот.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>It was not deleted: {0}</source>
        <translation>Жазуу өчүрүлгөн жок: {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The notebook was not created: {0}</source>
        <translation>Дептер түзүлгөн жок: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a notebook folder</source>
        <translation>Дептердин папкасын тандаңыз</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+23"/>
        <source>That folder does not hold a notebook.</source>
        <translation>Бул папкада дептер жок.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Choose the notebook folder to erase</source>
        <translation>Өчүрүлө турган дептердин папкасын тандаңыз</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The notebook was not erased: {0}</source>
        <translation>Дептер өчүрүлгөн жок: {0}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The notebook was erased. Its keys were destroyed first: {0} s after the start nothing in it could be read, not even with the passphrase. Files removed after that: {1}.</source>
        <translation>Дептер өчүрүлдү. Адегенде анын ачкычтары жок кылынды: баштагандан {0} сек. кийин андагы эч нерсени окуу мүмкүн болбой калды, сырсөз менен да. Андан кийин өчүрүлгөн файлдар: {1}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The notebook could NOT be erased: its key files could not be destroyed (is the disk read-only?). Destroy the disk, or the folder by other means.</source>
        <translation>Дептерди өчүрүү МҮМКҮН БОЛГОН ЖОК: анын ачкыч файлдарын жок кылуу мүмкүн болгон жок (диск окуу үчүн гана эмеспи?). Дискти же папканы башка жол менен жок кылыңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another program had this notebook open and still holds its keys in memory. Close it, or shut the computer down, now.</source>
        <translation>Бул дептер башка программада ачык болчу жана анын ачкычтары али ошол программанын эс тутумунда. Аны жабыңыз же компьютерди азыр эле өчүрүңүз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} items in the folder could not be removed.</source>
        <translation>Папкадагы өчүрүлбөй калган объекттер: {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copies elsewhere (backups, exports, synced folders, a copy someone already took) are not affected, and a disk may keep older versions of the files.</source>
        <translation>Башка жердеги көчүрмөлөргө (камдык көчүрмөлөр, экспорттор, шайкештирилген папкалар, кимдир бирөө мурунтан алып кеткен көчүрмө) бул тийбейт, ал эми диск файлдардын эски нускаларын сактап калышы мүмкүн.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The demo could not be built: {0}</source>
        <translation>Демо дептерди түзүү мүмкүн болгон жок: {0}</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../ui/new_passphrase.py" line="+35"/>
        <location line="+4"/>
        <source>Again</source>
        <translation>Кайталаңыз</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Strength</source>
        <translation>Бекемдиги</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At least {0} characters.</source>
        <translation>Кеминде {0} белги.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>Эки сырсөз дал келбейт.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too weak</source>
        <translation>Өтө алсыз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weak</source>
        <translation>Алсыз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fair</source>
        <translation>Орточо</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strong</source>
        <translation>Бекем</translation>
    </message>
</context>
<context>
    <name>PackageProgressDialog</name>
    <message>
        <location filename="../../ui/package_dialog.py" line="-197"/>
        <source>Case package</source>
        <translation>Иштин пакети</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the case…</source>
        <translation>Иш окулууда…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opening…</source>
        <translation>Ачылууда…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the package: {0} of {1}</source>
        <translation>Пакет текшерилүүдө: {1} ичинен {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the package: {0} of {1}</source>
        <translation>Пакет жазылууда: {1} ичинен {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopping…</source>
        <translation>Токтотулууда…</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <location filename="../../ui/record_form.py" line="+38"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Involvement</source>
        <translation>Катышуу деңгээли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpetrator type</source>
        <translation>Укук бузуучунун түрү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People involved</source>
        <translation>Катышуучулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a person</source>
        <translation>Адам кошуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected person</source>
        <translation>Тандалган адамды алып салуу</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Person {0}</source>
        <translation>{0}-катышуучу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role of person {0}</source>
        <translation>{0}-катышуучунун ролу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Involvement of person {0}</source>
        <translation>{0}-катышуучунун катышуу деңгээли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpetrator type of person {0}</source>
        <translation>{0}-катышуучу: укук бузуучунун түрү</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="+52"/>
        <source>New passphrase</source>
        <translation>Жаңы сырсөз</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change the passphrase</source>
        <translation>Сырсөздү өзгөртүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Current passphrase</source>
        <translation>Учурдагы сырсөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Өзгөртүү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use six random words or more. Recovery codes keep working. Backups made before today still open with the passphrase they were made under: make a new backup, and destroy the old ones if the old passphrase may be known.</source>
        <translation>Алты же андан көп кокус сөз колдонуңуз. Калыбына келтирүү коддору иштей берет. Мурда жасалган камдык көчүрмөлөр алар жасалган учурдагы сырсөз менен ачыла берет: жаңы камдык көчүрмө жасаңыз, эски сырсөз кимдир бирөөгө белгилүү болушу мүмкүн болсо, эскилерин жок кылыңыз.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The current passphrase is not right. Nothing changed.</source>
        <translation>Учурдагы сырсөз туура эмес. Эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The passphrase was not changed: {0}</source>
        <translation>Сырсөз өзгөртүлгөн жок: {0}</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../ui/package_dialog.py" line="+242"/>
        <source>Receive a case</source>
        <translation>Ишти кабыл алуу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Жазуу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happens</source>
        <translation>Эмне болот</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fields</source>
        <translation>Талаалар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the package changes</source>
        <translation>Пакет эмнени өзгөртөт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where both sides changed a record, take the &amp;sender&apos;s version</source>
        <translation>Жазууну эки тарап тең өзгөрткөн болсо, &amp;жөнөтүүчүнүн нускасын алуу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have confirmed the fingerprint: &amp;continue</source>
        <translation>Бармак изин текшердим: у&amp;лантуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Receive</source>
        <translation>&amp;Кабыл алуу</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Received. The package was made by the notebook with this fingerprint:</source>
        <translation>Кабыл алынды. Пакетти ушул бармак изи бар дептер түзгөн:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The package is whole and signed by the notebook with this fingerprint. Confirm it with the sender (by telephone or in person) before relying on it:</source>
        <translation>Пакет бүтүн жана ага ушул бармак изи бар дептер кол койгон. Ага ишенүүдөн мурун аны жөнөтүүчү менен (телефон аркылуу же бетме-бет) текшериңиз:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Case: {0} (new in this notebook)</source>
        <translation>Иш: {0} (бул дептерде жаңы)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case: {0} (already in this notebook)</source>
        <translation>Иш: {0} (бул дептерде мурунтан бар)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sender redacted it: protected people appear under pseudonyms.</source>
        <translation>Жөнөтүүчү аны жашырган: корголгон адамдар псевдоним менен берилген.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} new</source>
        <translation>жаңы: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} updated</source>
        <translation>жаңыртылган: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} unchanged</source>
        <translation>өзгөрбөгөн: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} changed on both sides</source>
        <translation>эки тарап тең өзгөрткөн: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records: {0}.</source>
        <translation>Жазуулар: {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where both sides changed a record, your version is kept and the conflict is reported again with every package until the two agree.</source>
        <translation>Жазууну эки тарап тең өзгөрткөн болсо, сиздин нускаңыз сакталат, ал эми карама-каршылык эки нуска дал келмейинче ар бир пакет менен кайра билдирилет.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exhibit marks already used here were renumbered: {0}.</source>
        <translation>Бул жерде мурунтан колдонулган тиркеме номерлери өзгөртүлдү: {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sender left out: {0}.</source>
        <translation>Жөнөтүүчү кошпогондор: {0}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>new</source>
        <translation>жаңы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updated with the sender&apos;s changes</source>
        <translation>жөнөтүүчүнүн өзгөртүүлөрү менен жаңыртылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yours kept (only you changed it)</source>
        <translation>сиздики сакталды (аны сиз гана өзгөрткөнсүз)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed on both sides: yours kept</source>
        <translation>эки тарап тең өзгөрткөн: сиздики сакталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed on both sides: the sender&apos;s taken</source>
        <translation>эки тарап тең өзгөрткөн: жөнөтүүчүнүкү алынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted here: not brought back</source>
        <translation>бул жерде өчүрүлгөн: кайтарылбайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not in this package: kept here</source>
        <translation>бул пакетте жок: бул жерде сакталат</translation>
    </message>
</context>
<context>
    <name>ReceiveJob</name>
    <message>
        <location line="-439"/>
        <source>Nothing was taken.</source>
        <translation>Эч нерсе кабыл алынган жок.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This case is already in the notebook, exchanged with other notebooks; this package is signed by the notebook with fingerprint {0}.</source>
        <translation>Бул иш дептерде мурунтан бар жана башка дептерлер менен алмашылып жатат; бул пакетке {0} бармак изи бар дептер кол койгон.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This package was made for another notebook. Ask the sender to send it to this notebook&apos;s contact code (Notebook ▸ Contact code…). Nothing was taken.</source>
        <translation>Бул пакет башка дептер үчүн түзүлгөн. Жөнөтүүчүдөн аны бул дептердин байланыш кодуна (Дептер ▸ Байланыш коду…) жөнөтүүсүн сураныңыз. Эч нерсе кабыл алынган жок.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The package is damaged or was altered on its way ({0}). Nothing was taken: ask the sender for it again.</source>
        <translation>Пакет бузулган же жолдо өзгөртүлгөн ({0}). Эч нерсе кабыл алынган жок: жөнөтүүчүдөн аны кайра сураңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is not a case package, or was made by a newer version.</source>
        <translation>Бул файл иштин пакети эмес же аны жаңыраак версия түзгөн.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package could not be read ({0}). Nothing was taken.</source>
        <translation>Пакетти окуу мүмкүн болгон жок ({0}). Эч нерсе кабыл алынган жок.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package was not taken: {0}</source>
        <translation>Пакет кабыл алынган жок: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package was not taken because of an unexpected error.</source>
        <translation>Күтүлбөгөн катадан улам пакет кабыл алынган жок.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/record_form.py" line="+280"/>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Номери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Кыскача баяндама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibit prefix</source>
        <translation>Тиркеме префикси</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Аты / аталышы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names</source>
        <translation>Башка аттары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Туулган күнү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>Кесиби</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact notes</source>
        <translation>Байланышуу жолу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect this person&apos;s identity</source>
        <translation>Бул адамдын ким экенин ачыкка чыгарбоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows or names a protected person (left out of redacted bundles)</source>
        <translation>Корголгон адамды көрсөтөт же атайт (жашырылган пакеттерге кошулбайт)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Сүрөттөмө</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Жери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People involved</source>
        <translation>Катышуучулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fact status</source>
        <translation>Фактынын абалы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality</source>
        <translation>Купуялуулук</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order within the day</source>
        <translation>Күндүн ичиндеги кезеги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Means</source>
        <translation>Ыкмасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpetrator</source>
        <translation>Укук бузуучу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpetrator type</source>
        <translation>Укук бузуучунун түрү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Тобокелдик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protective measures</source>
        <translation>Коргоо чаралары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewee</source>
        <translation>Интервью берген адам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewer</source>
        <translation>Интервью алган адам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Тил</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Котормочу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Макулдук</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcript</source>
        <translation>Жазып алынган текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of evidence</source>
        <translation>Далилдин түрү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Булагы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source reliability</source>
        <translation>Булактын ишенимдүүлүгү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acquired on</source>
        <translation>Алынган күнү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it was acquired</source>
        <translation>Кантип алынган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acquired by</source>
        <translation>Ким алган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device clock note</source>
        <translation>Түзмөктүн сааты жөнүндө эскертме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibit reference</source>
        <translation>Тиркеменин номери</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>separate names with ;</source>
        <translation>аттарды ; белгиси менен бөлүңүз</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/recovery_dialog.py" line="+54"/>
        <source>Recovery codes</source>
        <translation>Калыбына келтирүү коддору</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A recovery code is a second way into this notebook, for the day the passphrase is lost: it opens the notebook wherever the passphrase is asked. Write it on paper and keep the paper away from this laptop, since whoever has both can read everything in the notebook. If the paper is lost or seen, remove its code here.</source>
        <translation>Калыбына келтирүү коду — бул дептерге кирүүнүн экинчи жолу, сырсөз жоголуп калган күн үчүн: ал сырсөз суралган бардык жерде дептерди ачат. Аны кагазга жазып, кагазды бул ноутбуктан алыс сактаңыз, анткени экөө тең кимде болсо, ал дептердеги баарын окуй алат. Эгер кагаз жоголсо же аны бирөө көрүп калса, анын кодун бул жерден өчүрүңүз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A backup opens with the codes the notebook had when it was taken, even after they are removed here.</source>
        <translation>Камдык көчүрмө ал алынган учурда дептерде болгон коддор менен ачылат, алар бул жерден өчүрүлгөндөн кийин да.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ways into this notebook</source>
        <translation>Бул дептерге кирүү жолдору</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+155"/>
        <location line="+4"/>
        <source>Make a recovery code</source>
        <translation>Калыбына келтирүү кодун түзүү</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+80"/>
        <source>Recovery code</source>
        <translation>Калыбына келтирүү коду</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Write it on paper now and keep it away from this laptop. It will not be shown again.</source>
        <translation>Аны азыр кагазга жазып, бул ноутбуктан алыс сактаңыз. Ал кайра көрсөтүлбөйт.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The key slot&apos;s name: it is not the code</source>
        <translation>Ачкыч уячасынын аты: бул код эмес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove…</source>
        <translation>Өчүрүү…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove recovery code {0}</source>
        <translation>{0} калыбына келтирүү кодун өчүрүү</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No recovery code yet.</source>
        <translation>Азырынча калыбына келтирүү коду жок.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Passphrase</source>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove recovery code {0}? It will no longer open this notebook. Backups taken while it existed still open with it.</source>
        <translation>{0} калыбына келтирүү кодун өчүрөсүзбү? Ал мындан ары бул дептерди ачпайт. Ал бар кезде алынган камдык көчүрмөлөр мурдагыдай эле аны менен ачылат.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>It was not removed: {0}</source>
        <translation>Код өчүрүлгөн жок: {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Making the code…</source>
        <translation>Код түзүлүүдө…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No recovery code was made: {0}</source>
        <translation>Калыбына келтирүү коду түзүлгөн жок: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The new recovery code (key slot {0}):</source>
        <translation>Жаңы калыбына келтирүү коду (ачкыч уячасы {0}):</translation>
    </message>
</context>
<context>
    <name>RelationsEditor</name>
    <message>
        <location filename="../../ui/relations.py" line="+76"/>
        <location line="+11"/>
        <source>Tags</source>
        <translation>Белгилер</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>tags, separated by semicolons</source>
        <translation>белгилер, үтүрлүү чекит менен бөлүнөт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link</source>
        <translation>Байланыштыруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links of this record</source>
        <translation>Бул жазуунун байланыштары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen link</source>
        <translation>Тандалган байланышты алып салуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of link</source>
        <translation>Байланыштын түрү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked record</source>
        <translation>Байланышкан жазуу</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../ui/search_view.py" line="+82"/>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where it matches</source>
        <translation>Кайсы жерден табылды</translation>
    </message>
</context>
<context>
    <name>SendCaseDialog</name>
    <message>
        <location filename="../../ui/package_dialog.py" line="+93"/>
        <source>Send a case</source>
        <translation>Ишти жөнөтүү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case: {0}</source>
        <translation>Иш: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient&apos;s &amp;contact code (it starts with cn1-):</source>
        <translation>Алуучунун &amp;байланыш коду (cn1- менен башталат):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient&apos;s contact code</source>
        <translation>Алуучунун байланыш коду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redact: protected people appear under their pseudonyms</source>
        <translation>&amp;Жашыруу: корголгон адамдар псевдоним менен берилет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write the package…</source>
        <translation>Пакетти жа&amp;зуу…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paste the code the recipient gave you (Notebook ▸ Contact code… in theirs).</source>
        <translation>Алуучу берген кодду коюңуз (анын дептеринде: Дептер ▸ Байланыш коду…).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is not a contact code: {0}.</source>
        <translation>Бул байланыш коду эмес: {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is this notebook&apos;s own contact code.</source>
        <translation>Бул ушул дептердин өзүнүн байланыш коду.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its fingerprint: &lt;b&gt;&lt;tt&gt;{0}&lt;/tt&gt;&lt;/b&gt;&lt;br&gt;Ask the recipient to read theirs to you; send only if the two are the same.</source>
        <translation>Анын бармак изи: &lt;b&gt;&lt;tt&gt;{0}&lt;/tt&gt;&lt;/b&gt;&lt;br&gt;Алуучудан өзүнүкүн окуп берүүсүн сураныңыз; экөө бирдей болгондо гана жөнөтүңүз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Evidence marked as showing a protected person, and interviews whose consent does not allow sharing, are left out.</source>
        <translation>Корголгон адамды көрсөтөт деп белгиленген далилдер жана макулдугу башкаларга берүүгө уруксат бербеген интервьюлар кошулбайт.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Not redacted:&lt;/b&gt; protected people are named, with their contact details, to whoever holds the recipient&apos;s notebook. Interviews go only where consent allows sharing with names.</source>
        <translation>&lt;b&gt;Жашырылбайт:&lt;/b&gt; алуучунун дептери кимде болсо, ал корголгон адамдардын аттарын жана байланыш маалыматтарын көрөт. Интервьюлар макулдук аттары менен берүүгө уруксат берген учурда гана жөнөтүлөт.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write the case package</source>
        <translation>Иштин пакетин жазуу</translation>
    </message>
</context>
<context>
    <name>SendJob</name>
    <message>
        <location line="-238"/>
        <source>The package could not be written ({0}). Nothing was written.</source>
        <translation>Пакетти жазуу мүмкүн болгон жок ({0}). Эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package was not made: {0}</source>
        <translation>Пакет түзүлгөн жок: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package was not made because of an unexpected error.</source>
        <translation>Күтүлбөгөн катадан улам пакет түзүлгөн жок.</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="+55"/>
        <source>Timeline chart</source>
        <translation>Хронология шкаласы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plus and minus zoom, the arrow keys move, Home fits the case, Enter opens the chosen record. The list beside holds the same records.</source>
        <translation>Плюс жана минус масштабды өзгөртөт, жебелер жылдырат, Home бүт ишти көрсөтөт, Enter тандалган жазууну ачат. Жанындагы тизмеде ошол эле жазуулар бар.</translation>
    </message>
    <message>
        <location line="+325"/>
        <source>date unknown</source>
        <translation>датасы белгисиз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Risk: {0}</source>
        <translation>Тобокелдик: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: {0}</source>
        <translation>Абалы: {0}</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../ui/timeline_page.py" line="+150"/>
        <source>&amp;Lanes:</source>
        <translation>&amp;Тилкелер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by type</source>
        <translation>түрү боюнча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by person</source>
        <translation>адамдар боюнча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Types</source>
        <translation>Түрлөрү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Белгилер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fact status</source>
        <translation>Факт абалы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Башы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Аягы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2019</source>
        <translation>мис. 2019</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. June 2020</source>
        <translation>июнь 2020</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (−)</source>
        <translation>Кичирейтүү (−)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Кичирейтүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (+)</source>
        <translation>Чоңойтуу (+)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Чоңойтуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the case</source>
        <translation>Бүт иш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole case (Home)</source>
        <translation>Бүт ишти көрсөтүү (Home)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+311"/>
        <source>Export image</source>
        <translation>Сүрөт экспорту</translation>
    </message>
    <message>
        <location line="-310"/>
        <source>As PNG picture…</source>
        <translation>PNG сүрөт катары…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As SVG drawing…</source>
        <translation>SVG чийме катары…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Чыпкаларды тазалоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records on the timeline</source>
        <translation>Хронологиядагы жазуулар</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Incident types</source>
        <translation>Окуялардын түрлөрү</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>That date was not understood: {0}</source>
        <translation>Бул дата түшүнүксүз: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>That date range does not work: {0}</source>
        <translation>Мындай даталар аралыгы болбойт: {0}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Showing {0} of {1}</source>
        <translation>{1} ичинен {0} көрсөтүлдү</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>types: {0}</source>
        <translation>түрлөрү: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>people: {0}</source>
        <translation>адамдар: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tags: {0}</source>
        <translation>белгилер: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fact status: {0}</source>
        <translation>фактынын абалы: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dates: {0} to {1}</source>
        <translation>даталар: {0} – {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no filter</source>
        <translation>чыпкасыз</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Эмне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Тобокелдик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>date unknown</source>
        <translation>датасы белгисиз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence acquired</source>
        <translation>Далил алынды</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Export the timeline</source>
        <translation>Хронологияны экспорттоо</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The picture was not written: {0}</source>
        <translation>Сүрөт жазылган жок: {0}</translation>
    </message>
</context>
<context>
    <name>TimelineWords</name>
    <message>
        <location filename="../../ui/timeline_paint.py" line="+96"/>
        <source>Date unknown ({0})</source>
        <translation>Датасы белгисиз ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>and {0} more</source>
        <translation>жана дагы {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incidents over time</source>
        <translation>Окуялардын жыштыгы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about (faded ends)</source>
        <translation>болжол менен (учтары бүдөмүк)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>uncertain (hatched, ?)</source>
        <translation>анык эмес (штрихталган, ?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a bar spans all the time a date could mean</source>
        <translation>тилке дата билдириши мүмкүн болгон бүт убакытты камтыйт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Threat risk:</source>
        <translation>Коркутуунун тобокелдиги:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interviews</source>
        <translation>Интервьюлар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence acquired</source>
        <translation>Далилдердин алынышы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No one named</source>
        <translation>Эч ким аталган эмес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} of {1} records shown</source>
        <translation>көрсөтүлгөн жазуулар: {1} ичинен {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>people: {0}</source>
        <translation>адамдар: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>filtered</source>
        <translation>чыпкаланган</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>protected people appear under pseudonyms</source>
        <translation>корголгон адамдар псевдоним менен берилген</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ui/unlock.py" line="+61"/>
        <source>This notebook is locked. Type its passphrase.</source>
        <translation>Бул дептер кулпуланган. Анын сырсөзүн териңиз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Кулпусун ачуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another notebook…</source>
        <translation>Башка дептерди ачуу…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the passphrase first.</source>
        <translation>Адегенде сырсөздү териңиз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrong passphrase. That was the last attempt this notebook&apos;s guard allowed: the notebook has been erased, as its setting asked.</source>
        <translation>Сырсөз туура эмес. Бул дептердин коргоосу уруксат берген акыркы аракет ушул эле: жөндөөсүндө көрсөтүлгөндөй, дептер өчүрүлдү.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrong passphrase. Check the keyboard layout and try again.</source>
        <translation>Сырсөз туура эмес. Клавиатуранын тилин текшерип, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} more wrong attempts in a row will erase this notebook.</source>
        <translation>Катары менен дагы {0} туура эмес аракет бул дептерди өчүрөт.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The notebook is damaged or was altered, so it cannot be opened safely. Nothing was changed. Restore it from a backup.</source>
        <translation>Дептер бузулган же өзгөртүлгөн, ошондуктан аны коопсуз ачууга болбойт. Эч нерсе өзгөртүлгөн жок. Аны камдык көчүрмөдөн калыбына келтириңиз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The notebook is open in another program or window. Close it there first.</source>
        <translation>Дептер башка программада же терезеде ачык. Адегенде аны ошол жерде жабыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A newer version of {0} made this notebook. Update the program.</source>
        <translation>Бул дептерди {0} программасынын жаңыраак версиясы түзгөн. Программаны жаңыртыңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no notebook in that folder any more.</source>
        <translation>Ал папкада эми дептер жок.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/welcome.py" line="-75"/>
        <source>Case Notebook</source>
        <translation>Case Notebook</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An encrypted notebook for cases: incidents, threats, interviews and evidence. It works offline, and everything it keeps is encrypted with your passphrase.</source>
        <translation>Иштер үчүн шифрленген дептер: окуялар, коркутуулар, интервьюлар жана далилдер. Ал интернетсиз иштейт, андагы бардык маалымат сиздин сырсөзүңүз менен шифрленет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the guide first (F1)</source>
        <translation>Адегенде колдонмону окуңуз (F1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new notebook…</source>
        <translation>Жаңы дептер түзүү…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an existing notebook…</source>
        <translation>Бар дептерди ачуу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the demo notebook</source>
        <translation>Демо дептерди ачуу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The demo holds a public case, rebuilt from a published statement. Its passphrase is: {0}</source>
        <translation>Демо дептерде жарыяланган билдирүүнүн негизинде калыбына келтирилген ачык иш бар. Анын сырсөзү: {0}</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../ui/words.py" line="+13"/>
        <source>Case</source>
        <translation>Иш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Уюм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident</source>
        <translation>Окуя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threat</source>
        <translation>Коркутуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Далил</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/workspace.py" line="+97"/>
        <location line="+1"/>
        <source>Filter this list</source>
        <translation>Бул тизмени чыпкалоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases and their sections</source>
        <translation>Иштер жана алардын бөлүмдөрү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>Жазуулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search results</source>
        <translation>Издөө натыйжалары</translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="+26"/>
        <source>in a list that has the focus</source>
        <translation>фокустагы тизмеде</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opens its menu</source>
        <translation>анын менюсун ачат</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/evidence_import.py" line="+27"/>
        <source>Evidence</source>
        <translation>Далилдер</translation>
    </message>
</context>
</TS>
