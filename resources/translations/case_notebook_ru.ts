<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../ui/sections.py" line="+37"/>
        <location line="+86"/>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>withdrawn</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>protected: {0}</source>
        <translation>под защитой: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation>человек</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kept elsewhere</source>
        <translation>хранится в другом месте</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not yet checked</source>
        <translation>ещё не проверено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intact</source>
        <translation>не изменён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DAMAGED</source>
        <translation>ПОВРЕЖДЁН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MISSING</source>
        <translation>ОТСУТСТВУЕТ</translation>
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
        <translation>Что</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+5"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Incidents and threats</source>
        <translation>События и угрозы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interviews</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewee</source>
        <translation>Опрошенное лицо</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People and organisations</source>
        <translation>Люди и организации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Имя / название</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Occupation</source>
        <translation>Род занятий</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Protection</source>
        <translation>Защита</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibit</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acquired</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixity</source>
        <translation>Целостность</translation>
    </message>
    <message>
        <location filename="../../ui/package_dialog.py" line="+384"/>
        <source>The package is written: {0} ({1}), {2} records and {3} evidence files.</source>
        <translation>Пакет записан: {0} ({1}); записей: {2}, файлов доказательств: {3}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the notebook with this fingerprint can open it:</source>
        <translation>Открыть его сможет только блокнот с этим отпечатком:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recipient will see yours as:</source>
        <translation>Получатель увидит ваш отпечаток так:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give them the file any way you like; read the fingerprints to each other.</source>
        <translation>Передайте файл любым удобным способом; зачитайте друг другу отпечатки.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is NOT redacted: protected people are named in it.</source>
        <translation>В нём НЕТ скрытия: защищённые люди названы по именам.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out:</source>
        <translation>Не включено:</translation>
    </message>
</context>
<context>
    <name>AppearanceDialog</name>
    <message>
        <location filename="../../ui/appearance_dialog.py" line="+69"/>
        <source>Appearance</source>
        <translation>Внешний вид</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a laptop that others may look at: the program can show itself under a plain name and icon, in its window titles, the taskbar and its messages. Your notebook stays where it is and opens as before.</source>
        <translation>Для ноутбука, на который могут смотреть другие: программа может показываться под простым названием и значком — в заголовках окон, на панели задач и в своих сообщениях. Ваш блокнот остаётся на месте и открывается как прежде.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Use another name and icon</source>
        <translation>&amp;Другое название и значок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Icon:</source>
        <translation>&amp;Значок:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain notes icon</source>
        <translation>Простой значок заметок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The program&apos;s own icon</source>
        <translation>Собственный значок программы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;What this does not hide.&lt;/b&gt; Whoever opens the program sees what it is, and its guide describes it. The program&apos;s installed files, its entry in the applications menu, its name in the list of running programs, and the folders where it keeps its settings and (unless you chose another place) your notebook keep their real names, CaseNotebook among them; some desktops show the installed program&apos;s name and icon in the taskbar whatever is chosen here. Your notebook&apos;s folder is not renamed either: if its name says what it holds, rename it while the program is closed, then open it with “Open an existing notebook…”. A disguise helps against a glance, not against a search.</source>
        <translation>&lt;b&gt;Чего это не скрывает.&lt;/b&gt; Тот, кто откроет программу, увидит, что это такое, и её руководство это описывает. Установленные файлы программы, её пункт в меню приложений, её имя в списке запущенных программ и папки, где она хранит настройки и (если вы не выбрали другое место) ваш блокнот, сохраняют настоящие имена, в том числе CaseNotebook; некоторые рабочие столы показывают на панели задач имя и значок установленной программы, что бы здесь ни было выбрано. Папка вашего блокнота тоже не переименовывается: если её имя говорит о том, что в ней хранится, переименуйте её, пока программа закрыта, а затем откройте через «Открыть существующий блокнот…». Маскировка защищает от беглого взгляда, но не от обыска.</translation>
    </message>
</context>
<context>
    <name>BackupJob</name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="+61"/>
        <source>The backup could not be written ({0}). Nothing was written.</source>
        <translation>Резервную копию не удалось записать ({0}). Ничего не записано.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evidence files kept disappearing while the backup was taken: another program may be deleting them. Nothing was written; try again when it is done.</source>
        <translation>Файлы доказательств исчезали, пока делалась резервная копия: возможно, их удаляет другая программа. Ничего не записано; попробуйте снова, когда она закончит.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The notebook could not be read whole: it may be damaged. Nothing was written.</source>
        <translation>Блокнот не удалось прочитать целиком: возможно, он повреждён. Ничего не записано.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup was not made: {0}</source>
        <translation>Резервная копия не сделана: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup was not made because of an unexpected error.</source>
        <translation>Резервная копия не сделана из-за непредвиденной ошибки.</translation>
    </message>
</context>
<context>
    <name>BackupProgressDialog</name>
    <message>
        <location line="+15"/>
        <source>Backing up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Copying the notebook…</source>
        <translation>Копирование блокнота…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the backup: {0} of {1}</source>
        <translation>Запись резервной копии: {0} из {1}</translation>
    </message>
</context>
<context>
    <name>BundleJob</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="+208"/>
        <source>The bundle could not be written ({0}). Nothing was written.</source>
        <translation>Не удалось записать пакет ({0}). Ничего не записано.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The interview&apos;s consent does not allow this export. Nothing was written.</source>
        <translation>Согласие на интервью не допускает этот экспорт. Ничего не записано.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case or one of its files could not be read: the notebook may be damaged. Nothing was written.</source>
        <translation>Не удалось прочитать дело или один из его файлов: возможно, блокнот повреждён. Ничего не записано.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle was not made: {0}</source>
        <translation>Пакет не создан: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle was not made because of an unexpected error.</source>
        <translation>Пакет не создан из-за непредвиденной ошибки.</translation>
    </message>
</context>
<context>
    <name>BundleProgressDialog</name>
    <message>
        <location line="+45"/>
        <source>Making the evidence bundle</source>
        <translation>Создание пакета доказательств</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Reading the case and making the documents…</source>
        <translation>Чтение дела и создание документов…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the bundle: {0} of {1}</source>
        <translation>Запись пакета: {0} из {1}</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <location filename="../../ui/record_form.py" line="+316"/>
        <location line="+4"/>
        <source>Consent given</source>
        <translation>Объём согласия</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>May be shared with</source>
        <translation>Кому можно передавать</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Consent withdrawn</source>
        <translation>Согласие отозвано</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Withdrawn on</source>
        <translation>Дата отзыва</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consent withdrawn on</source>
        <translation>Дата отзыва согласия</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../ui/core_words.py" line="+25"/>
        <source>the destination is a folder</source>
        <translation>место назначения — папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the destination&apos;s folder does not exist</source>
        <translation>папки для записи не существует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the destination exists; choose another or force it</source>
        <translation>такой файл уже есть; выберите другой или замените его</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a backup cannot be written inside the notebook</source>
        <translation>резервную копию нельзя записать внутрь блокнота</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>header</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such backup file</source>
        <translation>такого файла резервной копии нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the destination exists and is not empty</source>
        <translation>место назначения уже есть и не пусто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database</source>
        <translation>база данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>container</source>
        <translation>контейнер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>truncated</source>
        <translation>файл обрезан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>newer database schema</source>
        <translation>более новая схема базы данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file shrank while it was backed up</source>
        <translation>файл уменьшился, пока делалась резервная копия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stream</source>
        <translation>поток данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a notebook backup</source>
        <translation>это не резервная копия блокнота</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preamble</source>
        <translation>вводная часть файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>newer backup format</source>
        <translation>более новый формат резервной копии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest</source>
        <translation>опись содержимого</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a date we can read; write it like 10 June 2019, June 2019, about 2019 or 10–12 June 2019</source>
        <translation>эту дату не удаётся прочитать; пишите так: 10 июня 2019, июнь 2019, около 2019 или 10–12 июня 2019</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>that falls outside the years 0001 to 9999</source>
        <translation>это выходит за пределы 0001–9999 годов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the decade with its century, as in the 1980s or 1980-е</source>
        <translation>пишите десятилетие вместе с веком, например: 1980-е</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a time needs a date, as in 10 June 2019, 14:30</source>
        <translation>у времени должна быть дата, например: 10 июня 2019, 14:30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a month, as in 10 June 2019</source>
        <translation>добавьте месяц, например: 10 июня 2019</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;before&quot; and &quot;after&quot; need a day, month, season, year or decade; write &quot;until&quot; or &quot;from&quot; instead</source>
        <translation>«до» и «после» требуют дня, месяца, времени года, года или десятилетия; напишите вместо этого «по» или «с»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write the year with four digits, as in 10.06.2019 or 10 June 2019</source>
        <translation>пишите год четырьмя цифрами, например: 10.06.2019 или 10 июня 2019</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a time zone needs a time, as in 10 June 2019, 14:30 UTC</source>
        <translation>у часового пояса должно быть время, например: 10 июня 2019, 14:30 UTC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add a year, as in 10 June 2019</source>
        <translation>добавьте год, например: 10 июня 2019</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a year, as in June 2019</source>
        <translation>добавьте год, например: июнь 2019</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a year, as in spring 2019</source>
        <translation>добавьте год, например: весна 2019</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a year, as in a day in June 2019</source>
        <translation>добавьте год, например: один день в июне 2019</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the date is empty</source>
        <translation>дата не указана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write a date as YYYY-MM-DD, or an interval as two dates around one /</source>
        <translation>пишите дату как ГГГГ-ММ-ДД, а промежуток — как две даты через одну /</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an interval needs at least one known date</source>
        <translation>у промежутка должна быть хотя бы одна известная дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an interval&apos;s end comes before its start</source>
        <translation>конец промежутка раньше его начала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write a date as YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>пишите дату как ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove the spaces inside the date</source>
        <translation>уберите пробелы внутри даты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use 4-digit years from 0001 to 9999</source>
        <translation>пишите год четырьмя цифрами, от 0001 до 9999</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write unspecified digits with a capital X, as in 201X</source>
        <translation>неизвестные цифры пишите заглавной латинской X, например: 201X</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use one qualifier at the end: ? uncertain, ~ approximate, % both</source>
        <translation>поставьте в конце один знак: ? — неточно, ~ — приблизительно, % — и то и другое</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>put a qualifier (? ~ %) at the end of the date</source>
        <translation>ставьте знак (? ~ %) в конце даты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the year first, as in 2019-06-10</source>
        <translation>пишите сначала год, например: 2019-06-10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X can stand only for the last digits of a year (201X, 20XX) or for a whole month or day (2019-XX, 2019-06-XX)</source>
        <translation>X может заменять только последние цифры года (201X, 20XX) или весь месяц или день (2019-XX, 2019-06-XX)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write a date and time as 2019-06-10T14:30 or 2019-06-10T14:30:05, optionally followed by Z or an offset such as +05:00</source>
        <translation>пишите дату и время как 2019-06-10T14:30 или 2019-06-10T14:30:05, при желании с Z или сдвигом, например +05:00</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the year 0000 cannot be used; years go from 0001 to 9999</source>
        <translation>год 0000 использовать нельзя; годы идут от 0001 до 9999</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a UTC offset goes from -14:00 to +14:00</source>
        <translation>сдвиг от UTC бывает от -14:00 до +14:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.. marks an open end of an interval, as in ../2020-03</source>
        <translation>.. означает открытый край промежутка, например: ../2020-03</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a date with a time cannot carry a qualifier (? ~ %)</source>
        <translation>к дате со временем нельзя добавить знак (? ~ %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a time needs a complete date, as in 2019-06-10T14:30</source>
        <translation>для времени нужна полная дата, например: 2019-06-10T14:30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a season (21 to 24) cannot have a day</source>
        <translation>у времени года (21–24) не может быть дня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in UTC this time falls outside the years 0001 to 9999</source>
        <translation>по UTC это время выходит за пределы 0001–9999 годов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQLCipher is not built with OpenSSL</source>
        <translation>SQLCipher собран без OpenSSL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database missing</source>
        <translation>базы данных нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database empty</source>
        <translation>база данных пуста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the copy&apos;s file already exists</source>
        <translation>файл копии уже существует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the notebook is open read-only</source>
        <translation>блокнот открыт только для чтения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the demo&apos;s passphrase must be six words</source>
        <translation>парольная фраза демо-блокнота должна состоять из шести слов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;tags&apos; must map each tag to a list of keys</source>
        <translation>в «tags» каждой метке должен соответствовать список ключей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a notebook folder</source>
        <translation>это не папка блокнота</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a file</source>
        <translation>это не файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no case with that id</source>
        <translation>дела с таким идентификатором нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this evidence has no stored file</source>
        <translation>у этого доказательства нет сохранённого файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence file does not match its recorded hashes</source>
        <translation>файл доказательства не совпадает с записанными хешами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>custody event does not match its audit entry</source>
        <translation>событие цепочки хранения не совпадает с записью журнала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file does not match the hashes it came with</source>
        <translation>файл не совпадает с хешами, с которыми он пришёл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence file missing</source>
        <translation>файла доказательства нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence file damaged</source>
        <translation>файл доказательства повреждён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence key damaged</source>
        <translation>ключ доказательства повреждён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bundle</source>
        <translation>пакет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an exhibit chosen is not evidence of this case</source>
        <translation>выбранное приложение не является доказательством этого дела</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bundle&apos;s evidence/items.json lists no items</source>
        <translation>в evidence/items.json пакета нет ни одного элемента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>that id is not a case</source>
        <translation>этот идентификатор — не дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bundle&apos;s evidence/items.json cannot be read</source>
        <translation>evidence/items.json пакета не читается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bundle&apos;s evidence/custody.jsonl cannot be read</source>
        <translation>не удаётся прочитать evidence/custody.jsonl пакета доказательств</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text is not valid Unicode</source>
        <translation>текст не является допустимым Юникодом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this interview&apos;s consent does not allow this export</source>
        <translation>согласие на это интервью не разрешает такой экспорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this interview&apos;s consent does not allow this export; an export with redaction may be allowed</source>
        <translation>согласие на это интервью не разрешает такой экспорт; экспорт со скрытием может быть разрешён</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an interview record needs the interview</source>
        <translation>для протокола интервью нужно само интервью</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the witness must be a person of this case</source>
        <translation>свидетель должен быть человеком из этого дела</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a notebook</source>
        <translation>это не блокнот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>newer format</source>
        <translation>более новый формат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a contact code starts with cn1-</source>
        <translation>контактный код начинается с cn1-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>that contact code is too short or too long</source>
        <translation>этот контактный код слишком короткий или слишком длинный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>that contact code was changed on its way: ask for it again</source>
        <translation>этот контактный код изменился по дороге: попросите его ещё раз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>that contact code has characters it cannot have</source>
        <translation>в этом контактном коде есть недопустимые символы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a protected person needs a pseudonym</source>
        <translation>у защищённого человека должен быть псевдоним</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same-day order must be a whole number</source>
        <translation>порядок в течение дня должен быть целым числом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tag is 1 to 64 characters, without commas or control characters</source>
        <translation>метка — от 1 до 64 символов, без запятых и управляющих символов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the text contains control characters</source>
        <translation>в тексте есть управляющие символы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this field takes a single line</source>
        <translation>в этом поле может быть только одна строка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a withdrawal date needs the consent marked withdrawn</source>
        <translation>дата отзыва требует отметки, что согласие отозвано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a participant needs a person</source>
        <translation>у участника должен быть человек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same person is listed twice in the same role</source>
        <translation>один и тот же человек указан дважды в одной роли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the title must not be empty</source>
        <translation>название не может быть пустым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name must not be empty</source>
        <translation>имя не может быть пустым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only a perpetrator has a degree of involvement</source>
        <translation>степень участия бывает только у нарушителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only a perpetrator has a perpetrator type</source>
        <translation>тип нарушителя бывает только у нарушителя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this notebook was written by a newer version</source>
        <translation>этот блокнот записан более новой версией</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this notebook needs a one-time upgrade, and another program has it open: close that program and try again</source>
        <translation>этому блокноту нужно однократное обновление, а он открыт в другой программе: закройте её и попробуйте снова</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>that is this notebook&apos;s own contact code</source>
        <translation>это контактный код самого этого блокнота</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>that contact code holds no usable key</source>
        <translation>в этом контактном коде нет пригодного ключа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the package does not begin with its case</source>
        <translation>пакет не начинается со своего дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the package holds a record twice</source>
        <translation>в пакете одна запись встречается дважды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the package&apos;s records cannot be read by this version</source>
        <translation>записи пакета не читаются этой версией</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a case package</source>
        <translation>это не пакет дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>newer case package format</source>
        <translation>более новый формат пакета дела</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the package was made by a newer version</source>
        <translation>пакет сделан более новой версией</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>addressed to another notebook</source>
        <translation>адресован другому блокноту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this package was made by this notebook itself</source>
        <translation>этот пакет сделан самим этим блокнотом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the package&apos;s case clashes with a record here</source>
        <translation>дело из пакета конфликтует с записью здесь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this package was already received</source>
        <translation>этот пакет уже был принят</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a record of the package has the id of a record of another case here</source>
        <translation>у записи из пакета тот же идентификатор, что у записи другого дела здесь</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a record of the package has the id of another kind of record here</source>
        <translation>у записи из пакета тот же идентификатор, что у записи другого вида здесь</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>evidence file</source>
        <translation>файл доказательства</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sealed to another notebook</source>
        <translation>запечатан для другого блокнота</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signature</source>
        <translation>подпись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the search needs at least one word</source>
        <translation>для поиска нужно хотя бы одно слово</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a new record must not have an id yet</source>
        <translation>у новой записи ещё не должно быть идентификатора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>that id is missing or already in use</source>
        <translation>идентификатора нет или он уже занят</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a record cannot be linked to itself</source>
        <translation>запись нельзя связать с ней самой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linked records must be in the same case</source>
        <translation>связанные записи должны быть в одном деле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>these records are already linked that way</source>
        <translation>эти записи уже так связаны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the record needs a case</source>
        <translation>у записи должно быть дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another exhibit of this case has that mark</source>
        <translation>у другого приложения этого дела уже есть такой номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a case does not belong to another case</source>
        <translation>дело не может принадлежать другому делу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no person with that id</source>
        <translation>человека с таким идентификатором нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the person belongs to another case</source>
        <translation>этот человек относится к другому делу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the range ends before it starts</source>
        <translation>промежуток кончается раньше, чем начинается</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the passphrase is too short</source>
        <translation>парольная фраза слишком короткая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key derivation is weaker than the minimum</source>
        <translation>получение ключа слабее допустимого минимума</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder exists and is not empty</source>
        <translation>папка уже есть и не пуста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no notebook in that folder</source>
        <translation>в этой папке нет блокнота</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no key slot with that id</source>
        <translation>ключевого слота с таким идентификатором нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last key slot cannot be removed</source>
        <translation>последний ключевой слот удалить нельзя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the passphrase&apos;s key slot cannot be removed</source>
        <translation>ключевой слот парольной фразы удалить нельзя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the notebook is locked</source>
        <translation>блокнот заблокирован</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the notebook&apos;s copy of the evidence file</source>
        <translation>копию файла доказательства в блокноте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the notebook&apos;s database</source>
        <translation>базу данных блокнота</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a copy of the notebook&apos;s database</source>
        <translation>копию базы данных блокнота</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the output file</source>
        <translation>выходной файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the evidence bundle</source>
        <translation>пакет доказательств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup file</source>
        <translation>файл резервной копии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the case package</source>
        <translation>пакет дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the restored notebook</source>
        <translation>восстановленный блокнот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no space left on the disk</source>
        <translation>на диске не осталось места</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk quota is used up</source>
        <translation>квота на диске исчерпана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk reported an error</source>
        <translation>диск сообщил об ошибке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is read-only</source>
        <translation>диск доступен только для чтения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>permission denied</source>
        <translation>нет прав на запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is too large for this disk</source>
        <translation>файл слишком велик для этого диска</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder is not there</source>
        <translation>папки нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system refused the write</source>
        <translation>система отказала в записи</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the text is longer than {0} characters</source>
        <translation>текст длиннее {0} символов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>month {0} does not exist (seasons are 21 to 24)</source>
        <translation>месяца {0} не бывает (времена года — это 21–24)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>month {0} does not exist</source>
        <translation>месяца {0} не бывает</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>day {0} does not exist</source>
        <translation>дня {0} не бывает</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>29 February {0} does not exist: not a leap year</source>
        <translation>29 февраля {0} года не было: год не високосный</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} {1} does not exist</source>
        <translation>{0} {1} не бывает</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>winter {0} would end in the year {1}</source>
        <translation>зима {0} года кончилась бы в {1} году</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hour {0} does not exist: hours go from 00 to 23</source>
        <translation>часа {0} не бывает: часы идут от 00 до 23</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>minute {0} does not exist: minutes go from 00 to 59</source>
        <translation>минуты {0} не бывает: минуты идут от 00 до 59</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>second {0} does not exist: seconds go from 00 to 59</source>
        <translation>секунды {0} не бывает: секунды идут от 00 до 59</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>dates in numbers are read day first: 10.06.2019 is 10 June 2019, so {0} would be in month {1}</source>
        <translation>даты цифрами читаются начиная с дня: 10.06.2019 — это 10 июня 2019, так что {0} пришлось бы на месяц {1}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read &quot;{0}&quot; in a date; write it like 10 June 2019, June 2019, about 2019 or 10–12 June 2019</source>
        <translation>не удаётся прочитать «{0}» в дате; пишите так: 10 июня 2019, июнь 2019, около 2019 или 10–12 июня 2019</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the limit is between {0} and {1} wrong passphrases</source>
        <translation>предел — от {0} до {1} неверных парольных фраз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} other records refer to this person</source>
        <translation>на этого человека ссылаются другие записи: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the case still holds {0} records</source>
        <translation>в деле ещё есть записи: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} exists; nothing was written</source>
        <translation>{0} уже существует; ничего не записано</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder {0} does not exist</source>
        <translation>папки {0} не существует</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this package was made at {0}, before one already received from the same notebook ({1}); nothing was taken</source>
        <translation>этот пакет сделан {0}, раньше пакета от того же блокнота, который уже принят ({1}); ничего не принято</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>item {0} of the bundle&apos;s items.json holds a value that is not text</source>
        <translation>элемент {0} в items.json пакета доказательств содержит значение, которое не является текстом</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>record {0} of the package holds a value of the wrong type</source>
        <translation>запись {0} пакета содержит значение неверного типа</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>record {0} of the package has no kind</source>
        <translation>у записи {0} пакета не указан вид</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>record {0} of the package has no valid id</source>
        <translation>у записи {0} пакета нет правильного идентификатора</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>record {0} of the package is of another case</source>
        <translation>запись {0} пакета относится к другому делу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>chunk {0}</source>
        <translation>блок {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} could not be written: {1}</source>
        <translation>Не удалось записать {0}: {1}</translation>
    </message>
</context>
<context>
    <name>CreateDialog</name>
    <message>
        <location filename="../../ui/welcome.py" line="+127"/>
        <source>Create a notebook</source>
        <translation>Создание блокнота</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Use six random words or more, chosen by dice or a generator, not by you. Nobody can reset this passphrase: without it (or a recovery key) the notebook cannot be opened by anyone, including you.</source>
        <translation>Возьмите не меньше шести случайных слов, выбранных игральными костями или генератором, а не вами самими. Сбросить эту парольную фразу невозможно: без неё (или ключа восстановления) блокнот не сможет открыть никто, в том числе вы.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Location</source>
        <translation>Расположение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Where to keep the notebook</source>
        <translation>Где хранить блокнот</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../ui/record_form.py" line="-218"/>
        <source>for example: {0}</source>
        <translation>например: {0}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This is not a date we can read. Write it like: {0}</source>
        <translation>Не удаётся распознать дату. Напишите её, например, так: {0}</translation>
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
        <location filename="../../ui/export_dialog.py" line="+81"/>
        <location line="+556"/>
        <location line="+35"/>
        <location line="+36"/>
        <source>Export a document</source>
        <translation>Экспорт документа</translation>
    </message>
    <message>
        <location line="-619"/>
        <source>Witness statement (England &amp; Wales, PD 32)</source>
        <translation>Показания свидетеля (Англия и Уэльс, PD 32)</translation>
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
        <translation>Срочное обращение к Специальному докладчику ООН по вопросу о положении правозащитников</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+78"/>
        <source>Interview record</source>
        <translation>Протокол интервью</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Schedule of exhibits</source>
        <translation>Перечень доказательств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence bundle (signed BagIt .zip)</source>
        <translation>Пакет доказательств (подписанный BagIt .zip)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>for example: A v B</source>
        <translation>например: А против Б</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for example: Claimant</source>
        <translation>например: Истец</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave empty to withhold it. A protected witness&apos;s address is always left out.</source>
        <translation>Оставьте пустым, чтобы не указывать его. Адрес защищённого свидетеля не указывается никогда.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+49"/>
        <source>Witness statement</source>
        <translation>Показания свидетеля</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title of proceedings</source>
        <translation>Наименование дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On behalf of</source>
        <translation>От имени стороны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement number</source>
        <translation>Номер показаний</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>Witness&apos;s address</source>
        <translation>Адрес свидетеля</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Written into the file&apos;s properties, which anyone who has the file can read. Leave empty to leave it out.</source>
        <translation>Записывается в свойства файла, которые может прочитать любой, у кого есть файл. Оставьте пустым, чтобы не записывать.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The language of the document&apos;s fixed wording, dates and labels; what the records say is printed as written.</source>
        <translation>Язык постоянных формулировок документа, дат и подписей; содержание записей печатается так, как оно записано.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the languages the document&apos;s forum takes are offered.</source>
        <translation>Предлагаются только языки, которые принимает орган, для которого предназначен документ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <location line="+9"/>
        <source>Document language</source>
        <translation>Язык документа</translation>
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
        <translation>Дата документа</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Prepared by</source>
        <translation>Подготовлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence bundle</source>
        <translation>Пакет доказательств</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Urgent appeal</source>
        <translation>Срочное обращение</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exhibits to include</source>
        <translation>Доказательства, включаемые в пакет</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chronology and the schedule of exhibits are always included. Also include:</source>
        <translation>Хронология и перечень доказательств включаются всегда. Включить также:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exhibits, as their files were stored:</source>
        <translation>Доказательства — файлы в том виде, в каком они сохранены:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Redact protected people (recommended)</source>
        <translation>Скрыть защищённых людей (рекомендуется)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the document will show and withhold</source>
        <translation>Что документ покажет и что скроет</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Signed with this notebook&apos;s key. Its fingerprint: read it to the recipient by phone so they can confirm the bundle is yours.</source>
        <translation>Подписано ключом этого блокнота. Его отпечаток — продиктуйте его получателю по телефону, чтобы он мог убедиться, что пакет от вас.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export…</source>
        <translation>Экспортировать…</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Leave blank for the lawyer</source>
        <translation>Оставить пустым для юриста</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} — protected, shown as {1}</source>
        <translation>{0} — под защитой, в документах: {1}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{0} — withheld when redacted</source>
        <translation>{0} — исключается при скрытии</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interview with {0}</source>
        <translation>Интервью с {0}</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+31"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The case could not be read: {0}</source>
        <translation>Не удалось прочитать дело: {0}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a case.</source>
        <translation>Выберите дело.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date of the document cannot be read.</source>
        <translation>Не удаётся прочитать дату документа.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check at least one exhibit to include.</source>
        <translation>Отметьте хотя бы одно доказательство для пакета.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This case has no interview to export.</source>
        <translation>В этом деле нет интервью для экспорта.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This interview may not be exported: consent was withdrawn.</source>
        <translation>Это интервью нельзя экспортировать: согласие отозвано.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This interview may be exported only with protected people redacted (consent: {0}).</source>
        <translation>Это интервью можно экспортировать, только скрыв защищённых людей (согласие: {0}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This interview may not be exported: its consent is “{0}”.</source>
        <translation>Это интервью нельзя экспортировать: согласие — «{0}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its consent allows this export: {0}.</source>
        <translation>Согласие допускает этот экспорт: {0}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shown under pseudonyms</source>
        <translation>Под псевдонимами</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only these spellings are replaced: add any other to the person&apos;s other names.</source>
        <translation>Заменяются только эти написания: добавьте любое другое в другие имена человека.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Named in full (not redacted)</source>
        <translation>Названы полностью (без скрытия)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody in this case is marked protected.</source>
        <translation>В этом деле никто не отмечен как защищённый.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withheld</source>
        <translation>Исключено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: it identifies a protected person</source>
        <translation>{0}: позволяет опознать защищённого человека</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is withheld.</source>
        <translation>Ничего не исключено.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The contact details of {0}, a protected person</source>
        <translation>Контактные данные: {0} (защищённый человек)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: consent was withdrawn</source>
        <translation>{0}: согласие отозвано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: its consent is “{1}”</source>
        <translation>{0}: согласие — «{1}»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export without redaction</source>
        <translation>Экспорт без скрытия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without redaction the document names every protected person in full, and anyone who gets the file can read their names. Export without redaction?</source>
        <translation>Без скрытия документ называет каждого защищённого человека полностью, и любой, к кому попадёт файл, прочитает их имена. Экспортировать без скрытия?</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Another export is still running.</source>
        <translation>Другой экспорт ещё не закончен.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} уже существует. Заменить?</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>Written: {0}</source>
        <translation>Записано: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bag {0}: {1} files, {2} ({3} bytes).</source>
        <translation>Пакет {0}: файлов — {1}, {2} ({3} байт).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelled. Nothing was written.</source>
        <translation>Отменено. Ничего не записано.</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="../../ui/editor.py" line="+69"/>
        <source>New record</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit record</source>
        <translation>Изменение записи</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+45"/>
        <source>Edit {0}</source>
        <translation>Изменить: {0}</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Remove link</source>
        <translation>Удалить связь</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Link</source>
        <translation>Связать</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add {0}</source>
        <translation>Добавить: {0}</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ui/erase_dialog.py" line="+119"/>
        <source>Erase this notebook</source>
        <translation>Стереть этот блокнот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase this notebook now, for good?</source>
        <translation>Стереть этот блокнот сейчас, навсегда?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its keys are destroyed first: within a second nothing in it can be read again by anyone, not even with the passphrase or a recovery code. Then all its files are removed. There is no undo.</source>
        <translation>Сначала уничтожаются его ключи: меньше чем через секунду никто уже не сможет прочитать в нём ничего, даже с парольной фразой или кодом восстановления. Затем удаляются все его файлы. Отменить это нельзя.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;What erase cannot do.&lt;/b&gt; It cannot reach copies made elsewhere: backups, exported documents and bundles, synced or cloud folders, or a copy of the notebook someone has already taken. It is not a forensic wipe: a disk, above all an SSD, may keep older versions of the files where no program can overwrite them.</source>
        <translation>&lt;b&gt;Чего стирание не может.&lt;/b&gt; Оно не достаёт копии, сделанные в другом месте: резервные копии, выгруженные документы и пакеты, синхронизируемые и облачные папки, копию блокнота, которую кто-то уже снял. Это не криминалистическое затирание: диск, особенно SSD, может хранить старые версии файлов там, где их не перезапишет ни одна программа.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Erase: press and hold for two seconds</source>
        <translation>Стереть: нажмите и держите две секунды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep holding…</source>
        <translation>Держите…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold down to erase (2 seconds)</source>
        <translation>Нажмите и держите, чтобы стереть (2 секунды)</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../ui/viewer.py" line="+99"/>
        <source>Evidence viewer</source>
        <translation>Просмотр доказательства</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fit to window</source>
        <translation>По размеру окна</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File name:</source>
        <translation>Имя файла:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size:</source>
        <translation>Размер:</translation>
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
        <translation>Добавлено:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open in another program…</source>
        <translation>Открыть в другой программе…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This image could not be read.</source>
        <translation>Не удалось прочитать это изображение.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF files cannot be shown here: this installation has no PDF viewer. You may open it in another program.</source>
        <translation>PDF-файлы здесь не показываются: в этой установке нет средства просмотра PDF. Файл можно открыть в другой программе.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Files of this type cannot be shown here. You may open it in another program.</source>
        <translation>Файлы этого типа здесь не показываются. Файл можно открыть в другой программе.</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+35"/>
        <source>Open in another program</source>
        <translation>Открыть в другой программе</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>To open this file in another program, a decrypted copy must be written outside the notebook. That copy is not protected by your passphrase and stays on the disk until you delete it. Other programs, backups and cloud sync may copy it further.

Write a plaintext copy?</source>
        <translation>Чтобы открыть этот файл в другой программе, нужно записать его расшифрованную копию за пределами блокнота. Эта копия не защищена вашей парольной фразой и остаётся на диске, пока вы её не удалите. Другие программы, резервное копирование и облачная синхронизация могут скопировать её дальше.

Записать незашифрованную копию?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save a plaintext copy</source>
        <translation>Сохранить незашифрованную копию</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The copy could not be written: {0}</source>
        <translation>Не удалось записать копию: {0}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/timeline_export.py" line="+181"/>
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width:</source>
        <translation>Ширина:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height:</source>
        <translation>Высота:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the timeline as {0}</source>
        <translation>Экспорт хронологии в {0}</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="-827"/>
        <source>The file could not be written ({0}). Nothing was written.</source>
        <translation>Не удалось записать файл ({0}). Ничего не записано.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The interview&apos;s consent does not allow this export. Nothing was written.</source>
        <translation>Согласие на интервью не допускает этот экспорт. Ничего не записано.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case could not be read: the notebook may be damaged.</source>
        <translation>Не удалось прочитать дело: возможно, блокнот повреждён.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document was not made: {0}</source>
        <translation>Документ не создан: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document was not made because of an unexpected error.</source>
        <translation>Документ не создан из-за непредвиденной ошибки.</translation>
    </message>
</context>
<context>
    <name>ExportProgressDialog</name>
    <message>
        <location line="+72"/>
        <source>Exporting</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the case…</source>
        <translation>Чтение дела…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making the document…</source>
        <translation>Создание документа…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the file…</source>
        <translation>Запись файла…</translation>
    </message>
</context>
<context>
    <name>GuardDialog</name>
    <message>
        <location filename="../../ui/guard_dialog.py" line="+67"/>
        <source>Erase after wrong passphrases</source>
        <translation>Стирание после неверных парольных фраз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Erase this notebook after wrong passphrases in a row</source>
        <translation>&amp;Стереть этот блокнот после нескольких неверных парольных фраз подряд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wrong passphrases in a row:</source>
        <translation>&amp;Неверных парольных фраз подряд:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong passphrases in a row</source>
        <translation>Неверных парольных фраз подряд</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This only stops guessing in this program. Whoever copies the notebook&apos;s folder first can try passphrases on the copy without any limit, and can put the count back: against that, only a strong passphrase protects you. And a few mistyped passphrases on a bad day erase the notebook for good: keep a backup somewhere safe. Each wrong attempt says how many are left. Backups and restored notebooks have this turned off.</source>
        <translation>Это останавливает подбор только в этой программе. Тот, кто сначала скопирует папку блокнота, может перебирать парольные фразы на копии без ограничений и может сбросить счётчик: от этого защищает только надёжная парольная фраза. А несколько опечаток в парольной фразе в тяжёлый день сотрут блокнот навсегда: храните резервную копию в надёжном месте. После каждой неверной попытки сообщается, сколько осталось. В резервных копиях и восстановленных блокнотах это выключено.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not changed: {0}</source>
        <translation>Не изменено: {0}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/help_dialog.py" line="+132"/>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guide</source>
        <translation>&amp;Руководство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections of the guide</source>
        <translation>Разделы руководства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guide</source>
        <translation>Руководство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../ui/identity_dialog.py" line="+58"/>
        <source>This notebook&apos;s contact code</source>
        <translation>Контактный код этого блокнота</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give this contact code to whoever may send this notebook a case (a lawyer, a colleague): only this notebook can open what is sent to it. Then read them the fingerprint below by telephone or in person, so they know the code is really yours and not one swapped on the way.</source>
        <translation>Дайте этот контактный код тому, кто может прислать этому блокноту дело (адвокату, коллеге): открыть присланное сможет только этот блокнот. Затем прочитайте им отпечаток ниже по телефону или при встрече, чтобы они знали, что код действительно ваш, а не подменён по дороге.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fingerprint:</source>
        <translation>Отпечаток:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the code</source>
        <translation>Скопировать код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact code</source>
        <translation>Контактный код</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../../ui/evidence_import.py" line="+127"/>
        <source>{0} could not be read; it was not added.</source>
        <translation>Не удалось прочитать файл {0}; он не добавлен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The notebook could not store {0}: it may be damaged.</source>
        <translation>Блокнот не смог сохранить файл {0}: возможно, блокнот повреждён.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} was not added: {1}</source>
        <translation>Файл {0} не добавлен: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} was not added because of an unexpected error.</source>
        <translation>Файл {0} не добавлен из-за непредвиденной ошибки.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files are still being added; wait for them or cancel first.</source>
        <translation>Файлы ещё добавляются; дождитесь окончания или сначала отмените.</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location line="-28"/>
        <source>Adding evidence</source>
        <translation>Добавление доказательств</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing…</source>
        <translation>Подготовка…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adding {0}
(file {1} of {2})</source>
        <translation>Добавление: {0}
(файл {1} из {2})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+266"/>
        <source>Search everything (Ctrl+F)</source>
        <translation>Искать везде (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back up the notebook, or manage recovery codes</source>
        <translation>Резервная копия блокнота и коды восстановления</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident…</source>
        <translation>Событие…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threat…</source>
        <translation>Угроза…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview…</source>
        <translation>Интервью…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person…</source>
        <translation>Человек…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation…</source>
        <translation>Организация…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence (kept elsewhere)…</source>
        <translation>Доказательство (хранится в другом месте)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case…</source>
        <translation>Дело…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence files…</source>
        <translation>Файлы доказательств…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View file</source>
        <translation>Просмотреть файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+508"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="-504"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a Word document or a CSV table of the case (Ctrl+E)</source>
        <translation>Создать документ Word или таблицу CSV по делу (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up…</source>
        <translation>Резервная копия…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the whole notebook, encrypted, to one file to keep elsewhere</source>
        <translation>Записать весь блокнот, зашифрованным, в один файл, чтобы хранить его в другом месте</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recovery codes…</source>
        <translation>Коды восстановления…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A second way in, written on paper, for the day the passphrase is lost</source>
        <translation>Второй способ открыть блокнот, записанный на бумаге, — на случай, если парольная фраза утеряна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact code…</source>
        <translation>Контактный код…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What to give someone who may send this notebook a case</source>
        <translation>Что дать тому, кто может прислать этому блокноту дело</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the notebook now (Ctrl+L)</source>
        <translation>Заблокировать блокнот сейчас (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase this notebook now…</source>
        <translation>Стереть блокнот…</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>&amp;New</source>
        <translation>Соз&amp;дать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;otebook</source>
        <translation>&amp;Блокнот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Сп&amp;равка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guide (F1), the keyboard shortcuts, appearance</source>
        <translation>Руководство (F1), сочетания клавиш, внешний вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guide</source>
        <translation>Руководство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appearance…</source>
        <translation>Внешний вид…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this program under a plain name and icon</source>
        <translation>Показывать программу под простым названием и значком</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the chosen record</source>
        <translation>Открыть выбранную запись</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show the chosen evidence file, decrypted in memory (F3)</source>
        <translation>Показать выбранный файл доказательства, расшифровав его в памяти (F3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search everything</source>
        <translation>Искать везде</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Send case…</source>
        <translation>Отправить дело…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the chosen case as a file only the recipient&apos;s notebook can open</source>
        <translation>Записать выбранное дело в файл, который сможет открыть только блокнот получателя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receive case…</source>
        <translation>Принять дело…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase after wrong passphrases…</source>
        <translation>Стирание после неверных парольных фраз…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: erase this notebook after too many wrong passphrases in a row</source>
        <translation>По желанию: стереть этот блокнот после слишком многих неверных парольных фраз подряд</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check a case package sent to this notebook and take it in</source>
        <translation>Проверить пакет дела, присланный этому блокноту, и принять его</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Destroy this notebook&apos;s keys at once, then its files: for emergencies (Ctrl+Shift+Del)</source>
        <translation>Немедленно уничтожить ключи этого блокнота, затем его файлы: на крайний случай (Ctrl+Shift+Del)</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+158"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="-157"/>
        <location line="+157"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Change passphrase…</source>
        <translation>Сменить парольную фразу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new passphrase for this notebook; the current one is asked again</source>
        <translation>Новая парольная фраза для этого блокнота; текущую нужно ввести ещё раз</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>In the timeline chart: {0}</source>
        <translation>На шкале хронологии: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tab and Shift+Tab move from control to control; Space uses the button that has the focus, and the arrow keys move in lists and menus.</source>
        <translation>Tab и Shift+Tab переходят от элемента к элементу; пробел нажимает кнопку, на которой фокус, а стрелки перемещают по спискам и меню.</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+16"/>
        <location line="+200"/>
        <source>Choose or create a case first.</source>
        <translation>Сначала выберите или создайте дело.</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Back up the notebook</source>
        <translation>Резервная копия блокнота</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A backup cannot be written inside the notebook&apos;s folder: choose another.</source>
        <translation>Резервную копию нельзя записать в папку самого блокнота: выберите другое место.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A backup is already running.</source>
        <translation>Резервное копирование уже идёт.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup is written: {0} ({1}).</source>
        <translation>Резервная копия записана: {0} ({1}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This backup opens with the passphrase you have now (and any recovery code you have now), even after you change it. Keep it somewhere safe, away from this laptop; erase does not reach it.</source>
        <translation>Эта копия открывается парольной фразой, которая у вас сейчас (и любым кодом восстановления, который есть сейчас), даже после того, как вы её смените. Храните её в надёжном месте, не рядом с этим ноутбуком; стирание блокнота её не затрагивает.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} evidence files were already missing from the notebook: the backup cannot hold them.</source>
        <translation>Файлов доказательств, которых уже не было в блокноте: {0}. В резервной копии их нет.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose the case to send first.</source>
        <translation>Сначала выберите дело, которое нужно отправить.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Receive a case package</source>
        <translation>Принять пакет дела</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Add evidence files</source>
        <translation>Добавить файлы доказательств</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose an evidence item that has a stored file.</source>
        <translation>Выберите доказательство, к которому сохранён файл.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file could not be opened: {0}</source>
        <translation>Не удалось открыть файл: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete this evidence item and destroy its file? This cannot be undone: the file&apos;s key is erased. Copies exported earlier are not affected.</source>
        <translation>Удалить это доказательство и уничтожить его файл? Отменить это нельзя: ключ файла стирается. Ранее выгруженные копии это не затронет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete this record? Undo brings it back.</source>
        <translation>Удалить эту запись? Её можно вернуть командой «Отменить».</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>It was not deleted: {0}</source>
        <translation>Запись не удалена: {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The notebook was not created: {0}</source>
        <translation>Блокнот не создан: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a notebook folder</source>
        <translation>Выберите папку блокнота</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+23"/>
        <source>That folder does not hold a notebook.</source>
        <translation>В этой папке нет блокнота.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Choose the notebook folder to erase</source>
        <translation>Выберите папку блокнота, который нужно стереть</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The notebook was not erased: {0}</source>
        <translation>Блокнот не стёрт: {0}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The notebook was erased. Its keys were destroyed first: {0} s after the start nothing in it could be read, not even with the passphrase. Files removed after that: {1}.</source>
        <translation>Блокнот стёрт. Сначала были уничтожены его ключи: через {0} с после начала в нём уже ничего нельзя было прочитать, даже с парольной фразой. Затем удалено файлов: {1}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The notebook could NOT be erased: its key files could not be destroyed (is the disk read-only?). Destroy the disk, or the folder by other means.</source>
        <translation>Блокнот НЕ удалось стереть: файлы его ключей уничтожить не получилось (может быть, диск только для чтения?). Уничтожьте диск или сотрите папку другим способом.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another program had this notebook open and still holds its keys in memory. Close it, or shut the computer down, now.</source>
        <translation>Этот блокнот был открыт в другой программе, и его ключи всё ещё у неё в памяти. Закройте её или выключите компьютер — сейчас же.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} items in the folder could not be removed.</source>
        <translation>Не удалось удалить объектов в папке: {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copies elsewhere (backups, exports, synced folders, a copy someone already took) are not affected, and a disk may keep older versions of the files.</source>
        <translation>Копий в других местах (резервных копий, выгрузок, синхронизируемых папок, копии, которую кто-то уже снял) это не касается, а диск может хранить старые версии файлов.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The demo could not be built: {0}</source>
        <translation>Не удалось создать демонстрационный блокнот: {0}</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../ui/new_passphrase.py" line="+35"/>
        <location line="+4"/>
        <source>Again</source>
        <translation>Ещё раз</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Strength</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At least {0} characters.</source>
        <translation>Не менее {0} символов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too weak</source>
        <translation>Слишком слабая</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weak</source>
        <translation>Слабая</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fair</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strong</source>
        <translation>Надёжная</translation>
    </message>
</context>
<context>
    <name>PackageProgressDialog</name>
    <message>
        <location filename="../../ui/package_dialog.py" line="-197"/>
        <source>Case package</source>
        <translation>Пакет дела</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the case…</source>
        <translation>Чтение дела…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opening…</source>
        <translation>Открытие…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the package: {0} of {1}</source>
        <translation>Проверка пакета: {0} из {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the package: {0} of {1}</source>
        <translation>Запись пакета: {0} из {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <location filename="../../ui/record_form.py" line="+38"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Involvement</source>
        <translation>Степень участия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpetrator type</source>
        <translation>Тип нарушителя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People involved</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a person</source>
        <translation>Добавить человека</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected person</source>
        <translation>Удалить выбранного человека</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Person {0}</source>
        <translation>Участник {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role of person {0}</source>
        <translation>Роль, участник {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Involvement of person {0}</source>
        <translation>Степень участия, участник {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpetrator type of person {0}</source>
        <translation>Тип нарушителя, участник {0}</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="+52"/>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change the passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Сменить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use six random words or more. Recovery codes keep working. Backups made before today still open with the passphrase they were made under: make a new backup, and destroy the old ones if the old passphrase may be known.</source>
        <translation>Используйте шесть случайных слов или больше. Коды восстановления продолжают действовать. Резервные копии, сделанные раньше, по-прежнему открываются той фразой, с которой они сделаны: сделайте новую резервную копию и уничтожьте старые, если старая фраза может быть кому-то известна.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The current passphrase is not right. Nothing changed.</source>
        <translation>Текущая парольная фраза неверна. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The passphrase was not changed: {0}</source>
        <translation>Парольная фраза не изменена: {0}</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../ui/package_dialog.py" line="+242"/>
        <source>Receive a case</source>
        <translation>Приём дела</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happens</source>
        <translation>Что произойдёт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the package changes</source>
        <translation>Что меняет пакет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where both sides changed a record, take the &amp;sender&apos;s version</source>
        <translation>Где запись изменили обе стороны, взять версию &amp;отправителя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have confirmed the fingerprint: &amp;continue</source>
        <translation>Я сверил отпечаток: про&amp;должить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Receive</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Received. The package was made by the notebook with this fingerprint:</source>
        <translation>Принято. Пакет создан блокнотом с этим отпечатком:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The package is whole and signed by the notebook with this fingerprint. Confirm it with the sender (by telephone or in person) before relying on it:</source>
        <translation>Пакет цел и подписан блокнотом с этим отпечатком. Сверьте его с отправителем (по телефону или при встрече), прежде чем на него полагаться:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Case: {0} (new in this notebook)</source>
        <translation>Дело: {0} (новое в этом блокноте)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case: {0} (already in this notebook)</source>
        <translation>Дело: {0} (уже есть в этом блокноте)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sender redacted it: protected people appear under pseudonyms.</source>
        <translation>Отправитель применил скрытие: защищённые люди указаны под псевдонимами.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} new</source>
        <translation>новых: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} updated</source>
        <translation>обновлённых: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} unchanged</source>
        <translation>без изменений: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} changed on both sides</source>
        <translation>изменённых обеими сторонами: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records: {0}.</source>
        <translation>Записи: {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where both sides changed a record, your version is kept and the conflict is reported again with every package until the two agree.</source>
        <translation>Где запись изменили обе стороны, сохраняется ваша версия, а расхождение сообщается снова с каждым пакетом, пока версии не совпадут.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exhibit marks already used here were renumbered: {0}.</source>
        <translation>Номера приложений, уже занятые здесь, изменены: {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sender left out: {0}.</source>
        <translation>Отправитель не включил: {0}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>new</source>
        <translation>новая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updated with the sender&apos;s changes</source>
        <translation>обновлена изменениями отправителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yours kept (only you changed it)</source>
        <translation>оставлена ваша (меняли только вы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed on both sides: yours kept</source>
        <translation>изменена обеими сторонами: оставлена ваша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed on both sides: the sender&apos;s taken</source>
        <translation>изменена обеими сторонами: взята версия отправителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted here: not brought back</source>
        <translation>удалена здесь: не восстанавливается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not in this package: kept here</source>
        <translation>нет в этом пакете: остаётся здесь</translation>
    </message>
</context>
<context>
    <name>ReceiveJob</name>
    <message>
        <location line="-439"/>
        <source>Nothing was taken.</source>
        <translation>Ничего не принято.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This case is already in the notebook, exchanged with other notebooks; this package is signed by the notebook with fingerprint {0}.</source>
        <translation>Это дело уже есть в блокноте, и им обмениваются с другими блокнотами; этот пакет подписан блокнотом с отпечатком {0}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This package was made for another notebook. Ask the sender to send it to this notebook&apos;s contact code (Notebook ▸ Contact code…). Nothing was taken.</source>
        <translation>Этот пакет создан для другого блокнота. Попросите отправителя отправить его на контактный код этого блокнота (Блокнот ▸ Контактный код…). Ничего не принято.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The package is damaged or was altered on its way ({0}). Nothing was taken: ask the sender for it again.</source>
        <translation>Пакет повреждён или изменён по дороге ({0}). Ничего не принято: попросите отправителя прислать его снова.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is not a case package, or was made by a newer version.</source>
        <translation>Этот файл — не пакет дела, или он создан более новой версией.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package could not be read ({0}). Nothing was taken.</source>
        <translation>Не удалось прочитать пакет ({0}). Ничего не принято.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package was not taken: {0}</source>
        <translation>Пакет не принят: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package was not taken because of an unexpected error.</source>
        <translation>Пакет не принят из-за непредвиденной ошибки.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/record_form.py" line="+280"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibit prefix</source>
        <translation>Префикс приложений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Имя / название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>Род занятий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact notes</source>
        <translation>Как связаться</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect this person&apos;s identity</source>
        <translation>Не раскрывать личность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows or names a protected person (left out of redacted bundles)</source>
        <translation>Показывает или называет защищённого человека (не входит в пакеты со скрытием)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People involved</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fact status</source>
        <translation>Статус сведений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order within the day</source>
        <translation>Порядок в течение дня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Means</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpetrator</source>
        <translation>Нарушитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpetrator type</source>
        <translation>Тип нарушителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protective measures</source>
        <translation>Меры защиты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewee</source>
        <translation>Опрошенное лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcript</source>
        <translation>Расшифровка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of evidence</source>
        <translation>Вид доказательства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source reliability</source>
        <translation>Надёжность источника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acquired on</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it was acquired</source>
        <translation>Как получено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acquired by</source>
        <translation>Кем получено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device clock note</source>
        <translation>Примечание о часах устройства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibit reference</source>
        <translation>Номер приложения</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>separate names with ;</source>
        <translation>разделяйте имена знаком ;</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/recovery_dialog.py" line="+54"/>
        <source>Recovery codes</source>
        <translation>Коды восстановления</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A recovery code is a second way into this notebook, for the day the passphrase is lost: it opens the notebook wherever the passphrase is asked. Write it on paper and keep the paper away from this laptop, since whoever has both can read everything in the notebook. If the paper is lost or seen, remove its code here.</source>
        <translation>Код восстановления — второй способ открыть этот блокнот, на случай, если парольная фраза утеряна: он открывает блокнот везде, где спрашивают парольную фразу. Запишите его на бумаге и храните бумагу не рядом с этим ноутбуком: у кого есть и то и другое, тот может прочитать всё в блокноте. Если бумага потеряна или её кто-то видел, удалите её код здесь.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A backup opens with the codes the notebook had when it was taken, even after they are removed here.</source>
        <translation>Резервная копия открывается кодами, которые были у блокнота, когда её делали, даже если потом удалить их здесь.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ways into this notebook</source>
        <translation>Способы открыть этот блокнот</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+155"/>
        <location line="+4"/>
        <source>Make a recovery code</source>
        <translation>Создать код восстановления</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+80"/>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Write it on paper now and keep it away from this laptop. It will not be shown again.</source>
        <translation>Запишите его на бумаге сейчас и храните не рядом с этим ноутбуком. Больше он показан не будет.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The key slot&apos;s name: it is not the code</source>
        <translation>Имя ключевого слота, а не сам код</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove recovery code {0}</source>
        <translation>Удалить код восстановления {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No recovery code yet.</source>
        <translation>Кодов восстановления пока нет.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove recovery code {0}? It will no longer open this notebook. Backups taken while it existed still open with it.</source>
        <translation>Удалить код восстановления {0}? Он больше не будет открывать этот блокнот. Резервные копии, сделанные, пока он был, по-прежнему открываются им.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>It was not removed: {0}</source>
        <translation>Код не удалён: {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Making the code…</source>
        <translation>Создание кода…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No recovery code was made: {0}</source>
        <translation>Код восстановления не создан: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The new recovery code (key slot {0}):</source>
        <translation>Новый код восстановления (ключевой слот {0}):</translation>
    </message>
</context>
<context>
    <name>RelationsEditor</name>
    <message>
        <location filename="../../ui/relations.py" line="+76"/>
        <location line="+11"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>tags, separated by semicolons</source>
        <translation>метки через точку с запятой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link</source>
        <translation>Связать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links of this record</source>
        <translation>Связи этой записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen link</source>
        <translation>Удалить выбранную связь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of link</source>
        <translation>Вид связи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked record</source>
        <translation>Связанная запись</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../ui/search_view.py" line="+82"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where it matches</source>
        <translation>Где найдено</translation>
    </message>
</context>
<context>
    <name>SendCaseDialog</name>
    <message>
        <location filename="../../ui/package_dialog.py" line="+93"/>
        <source>Send a case</source>
        <translation>Отправка дела</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case: {0}</source>
        <translation>Дело: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient&apos;s &amp;contact code (it starts with cn1-):</source>
        <translation>&amp;Контактный код получателя (начинается с cn1-):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient&apos;s contact code</source>
        <translation>Контактный код получателя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redact: protected people appear under their pseudonyms</source>
        <translation>&amp;Скрытие: защищённые люди указываются под псевдонимами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write the package…</source>
        <translation>&amp;Записать пакет…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paste the code the recipient gave you (Notebook ▸ Contact code… in theirs).</source>
        <translation>Вставьте код, который дал вам получатель (в его блокноте: Блокнот ▸ Контактный код…).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is not a contact code: {0}.</source>
        <translation>Это не контактный код: {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is this notebook&apos;s own contact code.</source>
        <translation>Это контактный код самого этого блокнота.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its fingerprint: &lt;b&gt;&lt;tt&gt;{0}&lt;/tt&gt;&lt;/b&gt;&lt;br&gt;Ask the recipient to read theirs to you; send only if the two are the same.</source>
        <translation>Его отпечаток: &lt;b&gt;&lt;tt&gt;{0}&lt;/tt&gt;&lt;/b&gt;&lt;br&gt;Попросите получателя прочитать вам свой; отправляйте, только если они совпадают.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Evidence marked as showing a protected person, and interviews whose consent does not allow sharing, are left out.</source>
        <translation>Доказательства, отмеченные как показывающие защищённого человека, и интервью, согласие на которые не допускает передачу, не включаются.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Not redacted:&lt;/b&gt; protected people are named, with their contact details, to whoever holds the recipient&apos;s notebook. Interviews go only where consent allows sharing with names.</source>
        <translation>&lt;b&gt;Без скрытия:&lt;/b&gt; защищённые люди названы по именам, с контактными данными, — для любого, у кого блокнот получателя. Интервью передаются, только если согласие допускает передачу с именами.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write the case package</source>
        <translation>Запись пакета дела</translation>
    </message>
</context>
<context>
    <name>SendJob</name>
    <message>
        <location line="-238"/>
        <source>The package could not be written ({0}). Nothing was written.</source>
        <translation>Не удалось записать пакет ({0}). Ничего не записано.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package was not made: {0}</source>
        <translation>Пакет не создан: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package was not made because of an unexpected error.</source>
        <translation>Пакет не создан из-за непредвиденной ошибки.</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <location filename="../../ui/timeline_canvas.py" line="+55"/>
        <source>Timeline chart</source>
        <translation>Шкала хронологии</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plus and minus zoom, the arrow keys move, Home fits the case, Enter opens the chosen record. The list beside holds the same records.</source>
        <translation>Плюс и минус меняют масштаб, стрелки сдвигают, Home показывает всё дело, Enter открывает выбранную запись. В списке рядом — те же записи.</translation>
    </message>
    <message>
        <location line="+325"/>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Risk: {0}</source>
        <translation>Риск: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: {0}</source>
        <translation>Статус: {0}</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../ui/timeline_page.py" line="+150"/>
        <source>&amp;Lanes:</source>
        <translation>&amp;Полосы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by type</source>
        <translation>по типу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by person</source>
        <translation>по людям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Types</source>
        <translation>Типы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fact status</source>
        <translation>Статус факта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>П&amp;о:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2019</source>
        <translation>напр. 2019</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. June 2020</source>
        <translation>напр. июнь 2020</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (−)</source>
        <translation>Уменьшить (−)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (+)</source>
        <translation>Увеличить (+)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the case</source>
        <translation>Всё дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole case (Home)</source>
        <translation>Показать всё дело (Home)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+311"/>
        <source>Export image</source>
        <translation>Экспорт изображения</translation>
    </message>
    <message>
        <location line="-310"/>
        <source>As PNG picture…</source>
        <translation>Как рисунок PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As SVG drawing…</source>
        <translation>Как чертёж SVG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records on the timeline</source>
        <translation>Записи на хронологии</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Incident types</source>
        <translation>Типы событий</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>That date was not understood: {0}</source>
        <translation>Эта дата непонятна: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>That date range does not work: {0}</source>
        <translation>Такой промежуток дат невозможен: {0}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Showing {0} of {1}</source>
        <translation>Показано {0} из {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>types: {0}</source>
        <translation>типы: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>people: {0}</source>
        <translation>люди: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tags: {0}</source>
        <translation>метки: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fact status: {0}</source>
        <translation>статус факта: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dates: {0} to {1}</source>
        <translation>даты: с {0} по {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no filter</source>
        <translation>без фильтра</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence acquired</source>
        <translation>Получено доказательство</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Export the timeline</source>
        <translation>Экспорт хронологии</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The picture was not written: {0}</source>
        <translation>Изображение не записано: {0}</translation>
    </message>
</context>
<context>
    <name>TimelineWords</name>
    <message>
        <location filename="../../ui/timeline_paint.py" line="+96"/>
        <source>Date unknown ({0})</source>
        <translation>Дата неизвестна ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>and {0} more</source>
        <translation>и ещё {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incidents over time</source>
        <translation>Частота событий</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about (faded ends)</source>
        <translation>около (размытые края)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>uncertain (hatched, ?)</source>
        <translation>под вопросом (штриховка, ?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a bar spans all the time a date could mean</source>
        <translation>полоса — всё время, которое может означать дата</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Threat risk:</source>
        <translation>Риск угрозы:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interviews</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence acquired</source>
        <translation>Получение доказательств</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No one named</source>
        <translation>Никто не назван</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} of {1} records shown</source>
        <translation>показано записей: {0} из {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>people: {0}</source>
        <translation>люди: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>filtered</source>
        <translation>с фильтром</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>protected people appear under pseudonyms</source>
        <translation>защищаемые люди указаны под псевдонимами</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ui/unlock.py" line="+61"/>
        <source>This notebook is locked. Type its passphrase.</source>
        <translation>Этот блокнот заблокирован. Введите его парольную фразу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another notebook…</source>
        <translation>Открыть другой блокнот…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the passphrase first.</source>
        <translation>Сначала введите парольную фразу.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrong passphrase. That was the last attempt this notebook&apos;s guard allowed: the notebook has been erased, as its setting asked.</source>
        <translation>Неверная парольная фраза. Это была последняя попытка, которую допускала защита блокнота: блокнот стёрт, как требовала эта настройка.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrong passphrase. Check the keyboard layout and try again.</source>
        <translation>Неверная парольная фраза. Проверьте раскладку клавиатуры и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} more wrong attempts in a row will erase this notebook.</source>
        <translation>Осталось неверных попыток подряд до стирания блокнота: {0}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The notebook is damaged or was altered, so it cannot be opened safely. Nothing was changed. Restore it from a backup.</source>
        <translation>Блокнот повреждён или изменён, поэтому открыть его безопасно нельзя. Ничего не изменено. Восстановите блокнот из резервной копии.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The notebook is open in another program or window. Close it there first.</source>
        <translation>Блокнот открыт в другой программе или окне. Сначала закройте его там.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A newer version of {0} made this notebook. Update the program.</source>
        <translation>Этот блокнот создан более новой версией {0}. Обновите программу.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no notebook in that folder any more.</source>
        <translation>В этой папке больше нет блокнота.</translation>
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
        <translation>Зашифрованный блокнот для дел: события, угрозы, интервью и доказательства. Он работает без интернета, и всё, что в нём хранится, зашифровано вашей парольной фразой.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the guide first (F1)</source>
        <translation>Сначала прочитайте руководство (F1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new notebook…</source>
        <translation>Создать новый блокнот…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an existing notebook…</source>
        <translation>Открыть существующий блокнот…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the demo notebook</source>
        <translation>Открыть демонстрационный блокнот</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The demo holds a public case, rebuilt from a published statement. Its passphrase is: {0}</source>
        <translation>В демонстрационном блокноте — публичное дело, восстановленное по опубликованному заявлению. Его парольная фраза: {0}</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../ui/words.py" line="+13"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threat</source>
        <translation>Угроза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Доказательство</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/workspace.py" line="+97"/>
        <location line="+1"/>
        <source>Filter this list</source>
        <translation>Фильтр списка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases and their sections</source>
        <translation>Дела и их разделы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="+26"/>
        <source>in a list that has the focus</source>
        <translation>в списке, на котором фокус</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opens its menu</source>
        <translation>открывает его меню</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/evidence_import.py" line="+27"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
</context>
</TS>
