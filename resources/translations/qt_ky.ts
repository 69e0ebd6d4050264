<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG" sourcelanguage="en">
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>Макул</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сактоо</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Баарын сактоо</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ачуу</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ооба</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Баарына о&amp;оба</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Жок</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Баарына ж&amp;ок</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Токтотуу</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Кайталоо</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Өткөрүп жиберүү</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Жабуу</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Жокко чыгаруу</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Сактабоо</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Жардам</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Колдонуу</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Баштапкы абалга келтирүү</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Демейки абалга кайтаруу</translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <source>&amp;OK</source>
            <translation>&amp;Макул</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сактоо</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Жокко чыгаруу</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>Жа&amp;буу</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>Сактабай жабуу</translation>
        </message>
    </context>
    <context>
        <name>QUndoStack</name>
        <message>
            <source>Undo %1</source>
            <translation>Артка кайтаруу: %1</translation>
        </message>
        <message>
            <source>Undo</source>
            <comment>Default text for undo action</comment>
            <translation>Артка кайтаруу</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>Кайра жасоо: %1</translation>
        </message>
        <message>
            <source>Redo</source>
            <comment>Default text for redo action</comment>
            <translation>Кайра жасоо</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Жокко чыгаруу</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Толугураак…</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Кыскараак…</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Артка кайтаруу</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Кайра жасоо</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Кесүү</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>Кө&amp;чүрүү</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Чаптоо</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Өчүрүү</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Баарын тандоо</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Артка кайтаруу</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Кайра жасоо</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Кесүү</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>Кө&amp;чүрүү</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Чаптоо</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Өчүрүү</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Баарын тандоо</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>&amp;Шилтеменин дарегин көчүрүү</translation>
        </message>
    </context>
</TS>
