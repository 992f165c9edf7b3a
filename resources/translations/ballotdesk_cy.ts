<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ballotdesk/ui/actions.py" line="+64"/>
        <source>&amp;New meeting…</source>
        <translation>Cyfarfod &amp;newydd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new meeting file</source>
        <translation>Creu ffeil cyfarfod newydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open meeting…</source>
        <translation>&amp;Agor cyfarfod…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an existing meeting file</source>
        <translation>Agor ffeil cyfarfod sy&apos;n bodoli eisoes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a &amp;Copy…</source>
        <translation>Cadw &amp;copi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a consistent copy of the open meeting to another file</source>
        <translation>Ysgrifennu copi cyson o&apos;r cyfarfod sydd ar agor i ffeil arall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close meeting</source>
        <translation>Ca&amp;u&apos;r cyfarfod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the open meeting (every change is already saved)</source>
        <translation>Cau&apos;r cyfarfod sydd ar agor (mae pob newid wedi&apos;i gadw eisoes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit BallotDesk</source>
        <translation>Gadael BallotDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo last registration</source>
        <translation>&amp;Dadwneud y cofrestriad diwethaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back the most recent registration at the desk</source>
        <translation>Tynnu&apos;n ôl y cofrestriad diweddaraf wrth y ddesg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;guest…</source>
        <translation>Ychwanegu &amp;gwestai…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a guest who may attend but never votes</source>
        <translation>Cofrestru gwestai sy&apos;n cael bod yn bresennol ond byth yn pleidleisio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;provisional attendee…</source>
        <translation>Ychwanegu &amp;mynychwr dros dro…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register someone not on the roll, pending the chair&apos;s approval</source>
        <translation>Cofrestru rhywun nad yw ar y rhestr aelodau, hyd nes y bydd y cadeirydd yn cymeradwyo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import roll from CSV…</source>
        <translation>Mewnforio&apos;r &amp;rhestr aelodau o CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge a membership export (CSV) into the roll</source>
        <translation>Cyfuno allforiad aelodaeth (CSV) â&apos;r rhestr aelodau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add member…</source>
        <translation>Ychwanegu &amp;aelod…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a member to the roll by hand</source>
        <translation>Ychwanegu aelod at y rhestr aelodau â llaw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit member…</source>
        <translation>Golygu a&amp;elod…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the selected member&apos;s details</source>
        <translation>Cywiro manylion yr aelod a ddewiswyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to &amp;registration desk</source>
        <translation>Mynd at y ddesg &amp;gofrestru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the registration desk with the search field focused</source>
        <translation>Dangos y ddesg gofrestru, gyda&apos;r maes chwilio yn barod i deipio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Projector display…</source>
        <translation>Sgrin y &amp;taflunydd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show arrivals, the ballot or a declared result full screen on the projector</source>
        <translation>Dangos y rhai sy&apos;n cyrraedd, y bleidlais neu ganlyniad a gyhoeddwyd ar sgrin lawn y taflunydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About BallotDesk</source>
        <translation>&amp;Ynghylch BallotDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version and licence</source>
        <translation>Fersiwn a thrwydded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User &amp;Guide</source>
        <translation>&amp;Canllaw defnyddwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to run a meeting with BallotDesk, step by step, with pictures</source>
        <translation>Sut i gynnal cyfarfod gyda BallotDesk, gam wrth gam, gyda lluniau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify a Result Sheet…</source>
        <translation>Gwi&amp;rio taflen canlyniad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that a result sheet PDF is exactly as it was signed, and by whom</source>
        <translation>Gwirio bod PDF taflen canlyniad yn union fel y cafodd ei llofnodi, a chan bwy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Si&amp;gning Certificate…</source>
        <translation>Allforio&apos;r dystysgrif &amp;llofnodi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the public certificate that result sheets are signed with</source>
        <translation>Cadw&apos;r dystysgrif gyhoeddus a ddefnyddir i lofnodi taflenni canlyniad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;Organisation Certificate…</source>
        <translation>Mewnforio tystysgrif y &amp;sefydliad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign result sheets with the certificate your organisation issued to you (.p12)</source>
        <translation>Llofnodi taflenni canlyniad â&apos;r dystysgrif a roddodd eich sefydliad i chi (.p12)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Backups…</source>
        <translation>Copïau &amp;wrth gefn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the backup folder (a USB stick), back up now, or restore a backup</source>
        <translation>Dewis y ffolder copïau wrth gefn (cof bach USB), gwneud copi wrth gefn nawr, neu adfer copi wrth gefn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change chair &amp;PIN…</source>
        <translation>Newid &amp;PIN y cadeirydd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set or change the chair&apos;s PIN</source>
        <translation>Gosod neu newid PIN y cadeirydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;urge personal data…</source>
        <translation>D&amp;ileu data personol…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the meeting, remove members&apos; names and contact details; keep the figures and the audit log</source>
        <translation>Ar ôl y cyfarfod, dileu enwau a manylion cyswllt yr aelodau; cadw&apos;r ffigurau a&apos;r log archwilio</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Show the {0} page</source>
        <translation>Dangos y dudalen {0}</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>&amp;Host on the Network…</source>
        <translation>&amp;Gwesteio ar y Rhwydwaith…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let phones, tablets and laptops on the hall&apos;s network join as desks or tellers</source>
        <translation>Gadael i ffonau, tabledi a gliniaduron ar rwydwaith y neuadd ymuno fel desgiau neu rifwyr</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../ballotdesk/ui/result/amend_dialog.py" line="+37"/>
        <source>Amend the declared result</source>
        <translation>Diwygio&apos;r canlyniad a gyhoeddwyd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct one box&apos;s figures. Every earlier version of the result is kept, and the result will be marked AMENDED.</source>
        <translation>Cywirwch ffigurau un blwch. Caiff pob fersiwn blaenorol o&apos;r canlyniad ei gadw, a bydd y canlyniad yn cael ei nodi&apos;n DIWYGIEDIG.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Box</source>
        <translation>Blwch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Box:</source>
        <translation>&amp;Blwch:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chair&apos;s name</source>
        <translation>Enw&apos;r cadeirydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Chair&apos;s name:</source>
        <translation>Enw&apos;r &amp;cadeirydd:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for the amendment</source>
        <translation>Rheswm dros y diwygiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. bundle of 10 For papers found under the table</source>
        <translation>e.e. bwndel o 10 papur O blaid wedi&apos;i ganfod o dan y bwrdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Amend</source>
        <translation>&amp;Diwygio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amend</source>
        <translation>Diwygio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ballotdesk/ui/app.py" line="+109"/>
        <source>Something went wrong that BallotDesk did not expect:

{0}

Every change made so far is saved in the meeting file. Please report this problem.</source>
        <translation>Aeth rhywbeth o&apos;i le nad oedd BallotDesk yn ei ddisgwyl:

{0}

Mae pob newid a wnaed hyd yma wedi&apos;i gadw yn ffeil y cyfarfod. Rhowch wybod am y broblem hon.</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../ballotdesk/ui/attendance/page.py" line="+44"/>
        <source>Filter attendees</source>
        <translation>Hidlo&apos;r rhai sy&apos;n bresennol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by name, number, ward, kind…</source>
        <translation>Hidlo yn ôl enw, rhif, ward, math…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Attendees</source>
        <translation>Y rhai sy&apos;n bresennol</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mark departed</source>
        <translation>Nodi wedi gadael</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected attendees as having left the hall</source>
        <translation>Nodi bod y rhai a ddewiswyd wedi gadael y neuadd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark returned</source>
        <translation>Nodi wedi dychwelyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected attendees as back in the hall</source>
        <translation>Nodi bod y rhai a ddewiswyd yn ôl yn y neuadd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve vote…</source>
        <translation>Cymeradwyo pleidlais…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the selected provisional attendee vote (the chair&apos;s decision)</source>
        <translation>Caniatáu i&apos;r mynychwr dros dro a ddewiswyd bleidleisio (penderfyniad y cadeirydd)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw approval…</source>
        <translation>Tynnu&apos;r gymeradwyaeth yn ôl…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected provisional attendee may no longer vote</source>
        <translation>Ni chaiff y mynychwr dros dro a ddewiswyd bleidleisio mwyach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print &amp;register…</source>
        <translation>Argraffu&apos;r &amp;gofrestr…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The attendance register: who came, when, and whether they may vote (preview, print or save as PDF)</source>
        <translation>Y gofrestr presenoldeb: pwy ddaeth, pryd, ac a gânt bleidleisio (rhagolwg, argraffu neu gadw fel PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print &amp;sign-in sheet…</source>
        <translation>Argraffu&apos;r daflen &amp;lofnodi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A blank sign-in sheet of the roll, sorted by surname, for the door (preview, print or save as PDF)</source>
        <translation>Taflen lofnodi wag o&apos;r rhestr aelodau, yn nhrefn cyfenw, ar gyfer y drws (rhagolwg, argraffu neu gadw fel PDF)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attendee count</source>
        <translation>Nifer y rhai sy&apos;n bresennol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendance figures</source>
        <translation>Ffigurau presenoldeb</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No meeting is open.</source>
        <translation>Does dim cyfarfod ar agor.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0} of {1} shown</source>
        <translation>{0} o {1} yn cael eu dangos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} attendees</source>
        <translation>{0} yn bresennol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}, {1} selected</source>
        <translation>{0}, {1} wedi&apos;u dewis</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Attendance</source>
        <translation>Presenoldeb</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <location line="+3"/>
        <source>Approve vote</source>
        <translation>Cymeradwyo pleidlais</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Select a provisional attendee first (added at the desk with Add provisional attendee).</source>
        <translation>Dewiswch rywun sy&apos;n bresennol dros dro yn gyntaf (wedi&apos;i ychwanegu wrth y ddesg drwy Ychwanegu mynychwr dros dro).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Let {0} vote? They are not on the roll: {1}.</source>
        <translation>Caniatáu i {0} bleidleisio? Dydyn nhw ddim ar y rhestr aelodau: {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw {0}&apos;s vote? ({1})</source>
        <translation>Tynnu pleidlais {0} yn ôl? ({1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw approval</source>
        <translation>Tynnu&apos;r gymeradwyaeth yn ôl</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>Attendance register</source>
        <translation>Cofrestr presenoldeb</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>Sign-in sheet</source>
        <translation>Taflen llofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone on the roll, sorted by surname, for the door.</source>
        <translation>Pawb ar y rhestr aelodau, yn nhrefn cyfenw, ar gyfer y drws.</translation>
    </message>
</context>
<context>
    <name>Authority</name>
    <message>
        <location filename="../../ballotdesk/reports/authority.py" line="+84"/>
        <source>{0} is empty; a key is protected only by a password.</source>
        <translation>Mae {0} yn wag; dim ond cyfrinair sy&apos;n diogelu allwedd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is too short: use at least {1} characters.</source>
        <translation>Mae {0} yn rhy fyr: defnyddiwch o leiaf {1} nod.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} must be 1 to {1} printable characters.</source>
        <translation>Rhaid i {0} fod rhwng 1 a {1} nod y gellir eu hargraffu.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The organisation&apos;s name</source>
        <translation>Enw&apos;r sefydliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The authority&apos;s password</source>
        <translation>Cyfrinair yr awdurdod</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} already holds a signing authority; it is never replaced, as every certificate it issued would stop verifying.</source>
        <translation>Mae awdurdod llofnodi yn {0} eisoes; ni chaiff byth ei ddisodli, gan y byddai pob tystysgrif a roddodd yn peidio â gwirio.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The authority could not be written to {0}: {1}.</source>
        <translation>Doedd dim modd ysgrifennu&apos;r awdurdod i {0}: {1}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0} holds no signing authority; create one with &apos;ballotdesk ca init&apos;.</source>
        <translation>Does dim awdurdod llofnodi yn {0}; crëwch un gyda &apos;ballotdesk ca init&apos;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The authority&apos;s password is needed to issue a certificate.</source>
        <translation>Mae angen cyfrinair yr awdurdod i roi tystysgrif.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The authority&apos;s key in {0} cannot be read: {1}.</source>
        <translation>Ni ellir darllen allwedd yr awdurdod yn {0}: {1}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The authority&apos;s password is wrong (or its key file is damaged).</source>
        <translation>Mae cyfrinair yr awdurdod yn anghywir (neu mae ffeil ei allwedd wedi&apos;i difrodi).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The authority&apos;s key file holds an unexpected kind of key.</source>
        <translation>Mae ffeil allwedd yr awdurdod yn dal math annisgwyl o allwedd.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The holder&apos;s name</source>
        <translation>Enw&apos;r deiliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate&apos;s password</source>
        <translation>Cyfrinair y dystysgrif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A certificate is issued for 1 to 10 years.</source>
        <translation>Rhoddir tystysgrif am rhwng 1 a 10 mlynedd.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{0} could not be written to {1}: {2}.</source>
        <translation>Doedd dim modd ysgrifennu {0} i {1}: {2}.</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <location filename="../../ballotdesk/ui/background.py" line="+158"/>
        <source>Something went wrong: {0}: {1}</source>
        <translation>Aeth rhywbeth o&apos;i le: {0}: {1}</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../ballotdesk/services/backup.py" line="+93"/>
        <source> BallotDesk had been interrupted in the middle of a change; that unfinished change was rolled back in a temporary copy, as BallotDesk will do when it next opens the file. The file itself was not changed.</source>
        <translation> Roedd BallotDesk wedi cael ei dorri ar draws yng nghanol newid; cafodd y newid anorffenedig hwnnw ei ddadwneud mewn copi dros dro, fel y bydd BallotDesk yn ei wneud pan fydd yn agor y ffeil nesaf. Ni newidiwyd y ffeil ei hun.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The backup in {0} failed its check and was removed: {1}</source>
        <translation>Methodd y copi wrth gefn yn {0} y gwiriad, ac fe&apos;i dilëwyd: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ballotdesk/services/backup_keys.py" line="+57"/>
        <location filename="../../ballotdesk/services/restore.py" line="+78"/>
        <location line="+64"/>
        <source>{0} {1}: {2}.</source>
        <translation>{0} {1}: {2}.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/services/backup_keys.py" line="+19"/>
        <source>{0} cannot be read: {1}.</source>
        <translation>Ni ellir darllen {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/services/restore.py" line="-83"/>
        <location line="+61"/>
        <source>Nothing was restored: {0}</source>
        <translation>Ni adferwyd dim: {0}</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>{0} is a folder; give the name of the meeting file to restore to, e.g. {1}.</source>
        <translation>Ffolder yw {0}; rhowch enw&apos;r ffeil cyfarfod i adfer iddi, e.e. {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} cannot be restored onto itself; choose another file name.</source>
        <translation>Ni ellir adfer {0} drosti&apos;i hun; dewiswch enw ffeil arall.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} already exists in {1}; nothing was restored. Replace it only on purpose: the current file is then kept as {0}.before-restore-&lt;time&gt;.</source>
        <translation>Mae {0} yn bodoli eisoes yn {1}; ni adferwyd dim. Rhowch ffeil arall yn ei lle yn fwriadol yn unig: caiff y ffeil bresennol wedyn ei chadw fel {0}.before-restore-&lt;amser&gt;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} is open in {1}; close it there before restoring over it.</source>
        <translation>Mae {0} ar agor yn {1}; caewch y ffeil yno cyn adfer drosti.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nothing was restored: {0} changed while it was being copied.</source>
        <translation>Ni adferwyd dim: newidiodd {0} tra oedd yn cael ei chopïo.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{0} {1}: {2}. The file that was there is safe, renamed to {3}.</source>
        <translation>{0} {1}: {2}. Mae&apos;r ffeil a oedd yno yn ddiogel, wedi&apos;i hailenwi&apos;n {3}.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/services/backup_files.py" line="+31"/>
        <source>The backup could not be written to</source>
        <translation>Doedd dim modd ysgrifennu&apos;r copi wrth gefn i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting could not be restored to</source>
        <translation>Doedd dim modd adfer y cyfarfod i</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} {1}: the folder does not exist (is the USB stick plugged in?).</source>
        <translation>{0} {1}: nid yw&apos;r ffolder yn bodoli (ydy&apos;r cof bach USB wedi&apos;i gysylltu?).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} {1}: it is a file, not a folder.</source>
        <translation>{0} {1}: ffeil yw hi, nid ffolder.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+14"/>
        <source>the disk is full</source>
        <translation>mae&apos;r ddisg yn llawn</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>the folder is read-only</source>
        <translation>mae&apos;r ffolder yn ddarllen yn unig</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+16"/>
        <source>the disk could not be written (was the USB stick removed?)</source>
        <translation>doedd dim modd ysgrifennu i&apos;r ddisg (a dynnwyd y cof bach USB allan?)</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+11"/>
        <source>the folder is no longer there (was the USB stick removed?)</source>
        <translation>nid yw&apos;r ffolder yno mwyach (a dynnwyd y cof bach USB allan?)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>a file could not be created there</source>
        <translation>doedd dim modd creu ffeil yno</translation>
    </message>
</context>
<context>
    <name>BackupKeeper</name>
    <message>
        <location filename="../../ballotdesk/ui/backups/keeper.py" line="+148"/>
        <source>The backup could not be made: {0}</source>
        <translation>Doedd dim modd gwneud y copi wrth gefn: {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No meeting is open.</source>
        <translation>Does dim cyfarfod ar agor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a backup folder first (a USB stick is best).</source>
        <translation>Dewiswch ffolder copïau wrth gefn yn gyntaf (cof bach USB sydd orau).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Backup failed at {0}: {1} BallotDesk tries again in {2} minute(s); the meeting itself is safe.</source>
        <translation>Methodd y copi wrth gefn am {0}: {1} Bydd BallotDesk yn ceisio eto ymhen {2} munud; mae&apos;r cyfarfod ei hun yn ddiogel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup failed</source>
        <translation>Methodd y copi wrth gefn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No backup folder: choose one in File › Backups…</source>
        <translation>Dim ffolder copïau wrth gefn: dewiswch un yn Ffeil › Copïau wrth gefn…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup {0} to {1}</source>
        <translation>Copi wrth gefn diwethaf {0} i {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups go to {0}</source>
        <translation>Mae copïau wrth gefn yn mynd i {0}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ballotdesk/ui/backups/dialog.py" line="+53"/>
        <location line="+131"/>
        <source>Backups</source>
        <translation>Copïau wrth gefn</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>BallotDesk copies this meeting to the folder below (a USB stick is best, so a laptop that fails loses nothing): at once after a ballot is opened, closed, declared or amended, and every {0} minutes while the desk is busy. It keeps this meeting&apos;s newest {1} backups there.</source>
        <translation>Mae BallotDesk yn copïo&apos;r cyfarfod hwn i&apos;r ffolder isod (cof bach USB sydd orau, fel na chollir dim os bydd gliniadur yn methu): yn syth ar ôl i bleidlais gael ei hagor, ei chau, ei chyhoeddi neu ei diwygio, a phob {0} munud tra bo&apos;r ddesg yn brysur. Mae&apos;n cadw&apos;r {1} copi wrth gefn diweddaraf o&apos;r cyfarfod hwn yno.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup folder</source>
        <translation>Ffolder copïau wrth gefn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No folder chosen yet</source>
        <translation>Dim ffolder wedi&apos;i dewis eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Dewis ffolder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose backup folder</source>
        <translation>Dewis ffolder copïau wrth gefn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder:</source>
        <translation>Ffolder:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back up now</source>
        <translation>Gwneud copi wrth gefn &amp;nawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+83"/>
        <location line="+36"/>
        <source>Back up now</source>
        <translation>Gwneud copi wrth gefn nawr</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Back up with the record &amp;key…</source>
        <translation>Copi wrth gefn gyda&apos;r allwedd c&amp;ofnod…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+124"/>
        <source>Back up with the record key</source>
        <translation>Copi wrth gefn gyda&apos;r allwedd cofnod</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Back up now, and seal this computer&apos;s record key with a passphrase beside the copy, so a spare laptop that restores it can verify the whole record</source>
        <translation>Gwneud copi wrth gefn nawr, a selio allwedd cofnod y cyfrifiadur hwn ag ymadrodd cyfrin wrth ymyl y copi, fel y gall gliniadur sbâr sy&apos;n ei adfer wirio&apos;r cofnod cyfan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Adfer o gopi wrth gefn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+169"/>
        <location line="+8"/>
        <location line="+15"/>
        <location line="+4"/>
        <source>Restore from a backup</source>
        <translation>Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Restore the selected backup (or one you pick) to a new file, then open it if you wish</source>
        <translation>Adfer y copi wrth gefn a ddewiswyd (neu un a ddewiswch) i ffeil newydd, yna ei hagor os dymunwch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recent backups</source>
        <translation>Copïau wrth gefn diweddar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>Gwnaed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Backup status</source>
        <translation>Statws copïau wrth gefn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recent backups of this meeting in that folder, newest first:</source>
        <translation>Copïau wrth gefn diweddar o&apos;r cyfarfod hwn yn y ffolder honno, y diweddaraf yn gyntaf:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{0:,} KB</source>
        <translation>{0:,} KB</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Regular backup</source>
        <translation>Copi wrth gefn rheolaidd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballot opened</source>
        <translation>Pleidlais wedi&apos;i hagor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ballot closed</source>
        <translation>Pleidlais wedi&apos;i chau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting began</source>
        <translation>Cyfrif wedi dechrau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ballot counted</source>
        <translation>Pleidlais wedi&apos;i chyfrif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result declared</source>
        <translation>Canlyniad wedi&apos;i gyhoeddi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result amended</source>
        <translation>Canlyniad wedi&apos;i ddiwygio</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the backup folder</source>
        <translation>Dewiswch y ffolder copïau wrth gefn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} is not a folder.</source>
        <translation>Nid yw {0} yn ffolder.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backed up to {0}.</source>
        <translation>Gwnaed copi wrth gefn i {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A passphrase to seal this computer&apos;s record key with (at least 8 characters). Whoever restores the backup on another laptop types it there, so the whole record can be verified:</source>
        <translation>Ymadrodd cyfrin i selio allwedd cofnod y cyfrifiadur hwn ag ef (o leiaf 8 nod). Bydd pwy bynnag sy&apos;n adfer y copi ar liniadur arall yn ei deipio yno, fel y gellir gwirio&apos;r cofnod cyfan:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same passphrase again:</source>
        <translation>Yr un ymadrodd cyfrin eto:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Mae&apos;r ddau ymadrodd cyfrin yn wahanol; ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backed up to {0}, with this computer&apos;s record key sealed beside it.</source>
        <translation>Copïwyd wrth gefn i {0}, gydag allwedd cofnod y cyfrifiadur hwn wedi&apos;i selio wrth ei ymyl.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record key</source>
        <translation>Allwedd cofnod</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} lies beside this backup: the record key of the computer that made it. Type its passphrase to make it known here, so the whole record can be verified on this computer (Cancel to skip):</source>
        <translation>Mae {0} wrth ymyl y copi wrth gefn hwn: allwedd cofnod y cyfrifiadur a&apos;i gwnaeth. Teipiwch ei hymadrodd cyfrin i&apos;w gwneud yn hysbys yma, fel y gellir gwirio&apos;r cofnod cyfan ar y cyfrifiadur hwn (Canslo i hepgor):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The record key that wrote {0} is now known here: its whole record can be verified on this computer.</source>
        <translation>Mae&apos;r allwedd cofnod a ysgrifennodd {0} bellach yn hysbys yma: gellir gwirio ei gofnod cyfan ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Personal data was purged from this meeting on {0}, and this backup was made before that: the restored copy holds the names, emails and postcodes again.

Restore it anyway?</source>
        <translation>Cafodd data personol ei ddileu o&apos;r cyfarfod hwn ar {0}, a gwnaed y copi wrth gefn hwn cyn hynny: mae&apos;r copi a adferir yn cynnwys yr enwau, y cyfeiriadau e-bost a&apos;r codau post eto.

Ei adfer beth bynnag?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore to a new meeting file</source>
        <translation>Adfer i ffeil cyfarfod newydd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restored {0} to {1}.</source>
        <translation>Adferwyd {0} i {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup was restored to {0}.

Open it now? The meeting open now is closed first; every change to it is already saved.</source>
        <translation>Adferwyd y copi wrth gefn i {0}.

Ei agor nawr? Caiff y cyfarfod sydd ar agor nawr ei gau yn gyntaf; mae pob newid iddo wedi&apos;i gadw eisoes.</translation>
    </message>
</context>
<context>
    <name>Ballot</name>
    <message>
        <location filename="../../ballotdesk/domain/ballot.py" line="+133"/>
        <source>The ballot needs a title.</source>
        <translation>Mae angen teitl ar y bleidlais.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every option needs a name; one of them is empty.</source>
        <translation>Mae angen enw ar bob dewis; mae un ohonynt yn wag.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;{0}&apos; appears more than once; each option must be different.</source>
        <translation>Mae &apos;{0}&apos; yn ymddangos fwy nag unwaith; rhaid i bob dewis fod yn wahanol.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A motion needs exactly two options: one for and one against (it has {0}).</source>
        <translation>Mae angen union ddau ddewis ar gynnig: un o blaid ac un yn erbyn (mae ganddo {0}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A motion is a single decision; it cannot have more than 1 seat.</source>
        <translation>Un penderfyniad yw cynnig; ni all fod ganddo fwy nag 1 sedd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An election needs at least one candidate.</source>
        <translation>Mae angen o leiaf un ymgeisydd mewn etholiad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The word for a successful candidate (e.g. &apos;elected&apos;) is empty.</source>
        <translation>Mae&apos;r gair am ymgeisydd llwyddiannus (e.e. &apos;etholwyd&apos;) yn wag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An election must fill at least 1 seat.</source>
        <translation>Rhaid i etholiad lenwi o leiaf 1 sedd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are {0} seats but only {1} candidates; there cannot be more seats than candidates.</source>
        <translation>Mae {0} sedd ond dim ond {1} ymgeisydd; ni all fod mwy o seddi nag o ymgeiswyr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There are {0} seats and {1} candidates, so every candidate would be elected without a contest. Choose a majority rule for a confirmatory vote, or add candidates.</source>
        <translation>Mae {0} sedd a {1} ymgeisydd, felly byddai pob ymgeisydd yn cael ei ethol heb gystadleuaeth. Dewiswch reol mwyafrif ar gyfer pleidlais gadarnhau, neu ychwanegwch ymgeiswyr.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For</source>
        <translation>O blaid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against</source>
        <translation>Yn erbyn</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>motion</source>
        <translation>cynnig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>election</source>
        <translation>etholiad</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options</source>
        <translation>Dewisiadau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Candidates</source>
        <translation>Ymgeiswyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats</source>
        <translation>Seddi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstention box</source>
        <translation>Blwch ymatal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>oes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nac oes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Majority rule</source>
        <translation>Rheol mwyafrif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured against</source>
        <translation>Mesur yn erbyn</translation>
    </message>
</context>
<context>
    <name>BallotDialog</name>
    <message>
        <location filename="../../ballotdesk/ui/ballots/ballot_dialog.py" line="+77"/>
        <source>New ballot</source>
        <translation>Pleidlais newydd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ballot: {0}</source>
        <translation>Pleidlais: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This ballot is {0}. Its options and rules can change only while it is a draft, so they are shown read-only; to change them, create a new ballot.</source>
        <translation>Statws y bleidlais hon yw: {0}. Dim ond tra bydd yn ddrafft y gellir newid ei dewisiadau a&apos;i rheolau, felly maen nhw&apos;n cael eu dangos fel rhai darllen yn unig; i&apos;w newid, crëwch bleidlais newydd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why the ballot cannot be edited</source>
        <translation>Pam na ellir golygu&apos;r bleidlais</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Motion 3: new roof, or Election of treasurer</source>
        <translation>e.e. Cynnig 3: to newydd, neu Ethol trysorydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question or office</source>
        <translation>Cwestiwn neu swydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The motion&apos;s wording, or the office being filled</source>
        <translation>Geiriad y cynnig, neu&apos;r swydd sydd i&apos;w llenwi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Question:</source>
        <translation>&amp;Cwestiwn:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Motion (For / Against)</source>
        <translation>Cy&amp;nnig (O blaid / Yn erbyn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motion</source>
        <translation>Cynnig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Election (candidates)</source>
        <translation>&amp;Etholiad (ymgeiswyr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election</source>
        <translation>Etholiad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind:</source>
        <translation>Math:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The paper offers two options: “For” and “Against”.</source>
        <translation>Mae&apos;r papur yn cynnig dau ddewis: “For” (o blaid) ac “Against” (yn erbyn).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The paper offers an &amp;abstention box</source>
        <translation>Mae&apos;r papur yn cynnig blwch &amp;ymatal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstain allowed</source>
        <translation>Caniateir ymatal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Majority rule</source>
        <translation>Rheol mwyafrif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Majority &amp;rule:</source>
        <translation>&amp;Rheol mwyafrif:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentage base</source>
        <translation>Sail y canrannau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Measured against:</source>
        <translation>&amp;Mesur yn erbyn:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem with the ballot</source>
        <translation>Problem gyda&apos;r bleidlais</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Candidates, in the order printed on the paper</source>
        <translation>Ymgeiswyr, yn y drefn sydd wedi&apos;i hargraffu ar y papur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New candidate&apos;s name</source>
        <translation>Enw&apos;r ymgeisydd newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name and press Enter</source>
        <translation>Teipiwch enw a phwyso Enter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;dd</source>
        <translation>Ychwane&amp;gu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add candidate</source>
        <translation>Ychwanegu ymgeisydd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Candidates</source>
        <translation>Ymgeiswyr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove candidate</source>
        <translation>Dileu ymgeisydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>Symud i &amp;fyny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move candidate up</source>
        <translation>Symud yr ymgeisydd i fyny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>Symud i &amp;lawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move candidate down</source>
        <translation>Symud yr ymgeisydd i lawr</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seats</source>
        <translation>Seddi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>elected</source>
        <translation>wedi&apos;i ethol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word for a successful candidate</source>
        <translation>Gair am ymgeisydd llwyddiannus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Seats to fill:</source>
        <translation>&amp;Seddi i&apos;w llenwi:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Successful candidates are:</source>
        <translation>Mae ymgeiswyr llwyddiannus:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counted by</source>
        <translation>Cyfrifir drwy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;ounted by:</source>
        <translation>Cyfr&amp;ifir drwy:</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Votes (a mark per seat)</source>
        <translation>Pleidleisiau (un marc am bob sedd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferences: alternative vote (one seat)</source>
        <translation>Dewisiadau: y bleidlais amgen (un sedd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferences: STV, Scottish rules</source>
        <translation>Dewisiadau: STV, rheolau&apos;r Alban</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferences: STV, ERS97 rules</source>
        <translation>Dewisiadau: STV, rheolau ERS97</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferences: STV, Meek rules</source>
        <translation>Dewisiadau: STV, rheolau Meek</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the method means</source>
        <translation>Ystyr y dull</translation>
    </message>
</context>
<context>
    <name>BallotPicker</name>
    <message>
        <location filename="../../ballotdesk/ui/widgets/ballot_picker.py" line="+26"/>
        <source>draft</source>
        <translation>drafft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>ar agor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed, to count</source>
        <translation>ar gau, i&apos;w chyfrif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counting</source>
        <translation>wrthi&apos;n cyfrif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counted</source>
        <translation>wedi&apos;i chyfrif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declared</source>
        <translation>wedi&apos;i chyhoeddi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ballot</source>
        <translation>Pleidlais</translation>
    </message>
</context>
<context>
    <name>Ballots</name>
    <message>
        <location filename="../../ballotdesk/services/ballots.py" line="+30"/>
        <source>a draft</source>
        <translation>yn ddrafft</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>A box needs a name, e.g. &apos;Overflow (outside)&apos;.</source>
        <translation>Mae angen enw ar flwch, e.e. &apos;Gorlif (y tu allan)&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a box called &apos;{0}&apos;.</source>
        <translation>Mae blwch o&apos;r enw &apos;{0}&apos; eisoes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no box called &apos;{0}&apos;. Boxes: {1}.</source>
        <translation>Does dim blwch o&apos;r enw &apos;{0}&apos;. Blychau: {1}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no ballot {0}.</source>
        <translation>Does dim pleidlais {0}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Options and rules can change only while the ballot is a draft.</source>
        <translation>Dim ond tra bo&apos;r bleidlais yn ddrafft y gellir newid yr opsiynau a&apos;r rheolau.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Only an open ballot can be issued at the desk.</source>
        <translation>Dim ond pleidlais agored y gellir ei dosbarthu wrth y ddesg.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/services/papers.py" line="+95"/>
        <source>Ballot {0} is {1}; papers are issued only while it is open.</source>
        <translation>Mae pleidlais {0} {1}; dim ond tra bo&apos;r bleidlais ar agor y dosberthir papurau.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} is marked as departed; mark them as returned first.</source>
        <translation>Mae {0} wedi&apos;i nodi fel un sydd wedi gadael; nodwch ei fod wedi dychwelyd yn gyntaf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} may not vote: {1}.</source>
        <translation>Ni chaiff {0} bleidleisio: {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} already holds a paper for this ballot in {1} at {2}.</source>
        <translation>Mae gan {0} bapur pleidleisio ar gyfer y bleidlais hon eisoes yn {1} am {2}.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Paper number {0} has already been issued for this ballot.</source>
        <translation>Mae papur rhif {0} eisoes wedi&apos;i ddosbarthu ar gyfer y bleidlais hon.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} is not on the roll.</source>
        <translation>Nid yw {0} ar y rhestr aelodau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not registered at this meeting.</source>
        <translation>Nid yw {0} wedi cofrestru yn y cyfarfod hwn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A spoilt paper can be replaced only while the ballot is open.</source>
        <translation>Dim ond tra bo&apos;r bleidlais ar agor y gellir cyfnewid papur a ddifethwyd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+23"/>
        <source>{0} holds no paper for this ballot.</source>
        <translation>Does gan {0} ddim papur pleidleisio ar gyfer y bleidlais hon.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>A paper can be withdrawn only while the ballot is open.</source>
        <translation>Dim ond tra bo&apos;r bleidlais ar agor y gellir tynnu papur yn ôl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the paper is withdrawn.</source>
        <translation>Nodwch pam mae&apos;r papur yn cael ei dynnu&apos;n ôl.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/services/counting.py" line="+104"/>
        <source>The count of {0} is blocked: more papers were found than issued ({1} issued, {2} found); the chair must order a recount of {0}.</source>
        <translation>Mae cyfrif {0} wedi&apos;i atal: cafwyd mwy o bapurau nag a roddwyd ({1} wedi&apos;u dosbarthu, {2} wedi&apos;u canfod); rhaid i&apos;r cadeirydd orchymyn ailgyfrif {0}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} waits for a second teller&apos;s entry.</source>
        <translation>Mae {0} yn aros am gofnod ail rifwr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} has not been counted yet.</source>
        <translation>Nid yw {0} wedi&apos;i gyfrif eto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papers issued into {0} were not returned; the chair must explain the shortfall.</source>
        <translation>Ni ddychwelwyd papurau a roddwyd i {0}; rhaid i&apos;r cadeirydd egluro&apos;r diffyg.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The teller must give their name.</source>
        <translation>Rhaid i&apos;r rhifwr roi ei enw.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Ballot {0} is counted by preferences: key its papers (the Papers page, &apos;ranked enter&apos; or &apos;ranked import&apos;).</source>
        <translation>Caiff pleidlais {0} ei chyfrif yn ôl dewisiadau: bysellwch ei phapurau (y dudalen Papurau pleidleisio, &apos;ranked enter&apos; neu &apos;ranked import&apos;).</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/services/results.py" line="+357"/>
        <source>Ballot {0} is counted by preferences: its result comes from the papers as keyed, so a box&apos;s figures cannot amend it.</source>
        <translation>Caiff pleidlais {0} ei chyfrif yn ôl dewisiadau: daw ei chanlyniad o&apos;r papurau fel y&apos;u bysellwyd, felly ni all ffigurau blwch ei ddiwygio.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/services/counting.py" line="+12"/>
        <source>The entries match, but more papers were found than issued into {0} ({1} issued, {2} found): the count of {0} is blocked until the chair orders a recount.</source>
        <translation>Mae&apos;r cofnodion yn cyfateb, ond cafwyd mwy o bapurau nag a roddwyd i {0} ({1} wedi&apos;u dosbarthu, {2} wedi&apos;u canfod): mae cyfrif {0} wedi&apos;i atal nes i&apos;r cadeirydd orchymyn ailgyfrif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The figures are recorded, but more papers were found than issued into {0} ({1} issued, {2} found): the count of {0} is blocked until the chair orders a recount.</source>
        <translation>Mae&apos;r ffigurau wedi&apos;u cofnodi, ond cafwyd mwy o bapurau nag a roddwyd i {0} ({1} wedi&apos;u dosbarthu, {2} wedi&apos;u canfod): mae cyfrif {0} wedi&apos;i atal nes i&apos;r cadeirydd orchymyn ailgyfrif.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Papers issued into {0} were not returned: the chair must explain the shortfall.</source>
        <translation>Ni ddychwelwyd papurau a roddwyd i {0}: rhaid i&apos;r cadeirydd egluro&apos;r diffyg.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The entries for {0} do not differ; there is nothing to compare.</source>
        <translation>Nid yw&apos;r cofnodion ar gyfer {0} yn wahanol; does dim i&apos;w gymharu.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the count is blocked; order a recount.</source>
        <translation>mae&apos;r cyfrif wedi&apos;i atal; gorchmynnwch ailgyfrif.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Ballot {0} is {1}; counts are entered once it is closed.</source>
        <translation>Mae pleidlais {0} {1}; rhoddir y cyfrif i mewn ar ôl iddi gau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every box of ballot {0} is counted; only the chair can order a recount of a box.</source>
        <translation>Mae pob blwch ym mhleidlais {0} wedi&apos;i gyfrif; dim ond y cadeirydd all orchymyn ailgyfrif blwch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The result of ballot {0} has been declared; its counts can no longer change.</source>
        <translation>Mae canlyniad pleidlais {0} wedi&apos;i gyhoeddi; ni ellir newid ei chyfrifon mwyach.</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>The entry has {0} option figures but the ballot has {1} options.</source>
        <translation>Mae gan y cofnod ffigurau ar gyfer {0} opsiwn ond mae gan y bleidlais {1} opsiwn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The count of {0} is already definitive; only the chair can order a recount.</source>
        <translation>Mae cyfrif {0} eisoes yn derfynol; dim ond y cadeirydd all orchymyn ailgyfrif.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>The two entries for {0} differ; the chair must resolve them first.</source>
        <translation>Mae&apos;r ddau gofnod ar gyfer {0} yn wahanol; rhaid i&apos;r cadeirydd eu datrys yn gyntaf.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>{0} entered the first count of {1}; a different teller must enter the second.</source>
        <translation>{0} a roddodd gyfrif cyntaf {1}; rhaid i rifwr arall roi&apos;r ail.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The count of {0} is definitive.</source>
        <translation>Mae cyfrif {0} yn derfynol.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entry saved. {0} now waits for a second teller&apos;s entry.</source>
        <translation>Cofnod wedi&apos;i gadw. Mae {0} nawr yn aros am gofnod ail rifwr.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two entries for {0} differ ({1}); the chair must order a recount or accept one entry.</source>
        <translation>Mae&apos;r ddau gofnod ar gyfer {0} yn wahanol ({1}); rhaid i&apos;r cadeirydd orchymyn ailgyfrif neu dderbyn un cofnod.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The entries match: the count of {0} is definitive.</source>
        <translation>Mae&apos;r cofnodion yn cyfateb: mae cyfrif {0} yn derfynol.</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>The chair must give a reason.</source>
        <translation>Rhaid i&apos;r cadeirydd roi rheswm.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Ballot {0} is {1}; there is no count to resolve.</source>
        <translation>Mae pleidlais {0} {1}; does dim cyfrif i&apos;w ddatrys.</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>No count has been entered for {0}.</source>
        <translation>Does dim cyfrif wedi&apos;i roi i mewn ar gyfer {0}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The entries for {0} do not differ, so there is none to accept: {1}</source>
        <translation>Nid yw&apos;r cofnodion ar gyfer {0} yn wahanol, felly nid oes un i&apos;w dderbyn: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a second teller enters the count blind.</source>
        <translation>mae ail rifwr yn cofnodi&apos;r cyfrif heb weld y cyntaf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the count is already definitive.</source>
        <translation>mae&apos;r cyfrif eisoes yn derfynol.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No entry by {0} for {1}; entries are by {2}.</source>
        <translation>Does dim cofnod gan {0} ar gyfer {1}; mae&apos;r cofnodion gan {2}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Write the explanation (e.g. &apos;2 voters left with their papers&apos;).</source>
        <translation>Ysgrifennwch yr esboniad (e.e. &apos;2 bleidleisiwr wedi gadael gyda&apos;u papurau&apos;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ballot {0} is {1}; a shortfall is explained while the ballot is being counted.</source>
        <translation>Mae pleidlais {0} yn {1}; eglurir diffyg tra bo&apos;r bleidlais yn cael ei chyfrif.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} has no shortfall to explain.</source>
        <translation>Does dim diffyg i&apos;w esbonio yn {0}.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/services/ranked/result.py" line="+145"/>
        <location filename="../../ballotdesk/services/results.py" line="+84"/>
        <source>A lot is drawn once the ballot is counted and before it is declared.</source>
        <translation>Tynnir coelbren ar ôl cyfrif y bleidlais a chyn cyhoeddi&apos;r canlyniad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ballotdesk/services/results.py" line="+4"/>
        <source>There is no equality of votes to settle by lot.</source>
        <translation>Does dim pleidleisiau cyfartal i&apos;w setlo drwy goelbren.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/services/results.py" line="-200"/>
        <source>The chair must give their name to declare.</source>
        <translation>Rhaid i&apos;r cadeirydd roi ei enw i gyhoeddi&apos;r canlyniad.</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>The votes of {0} are equal and decide the outcome; settle it by lot before declaring.</source>
        <translation>Mae pleidleisiau {0} yn gyfartal ac yn penderfynu&apos;r canlyniad; setlwch hyn drwy goelbren cyn cyhoeddi.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A lot must decide who drops out before the next round can start.</source>
        <translation>Rhaid i goelbren benderfynu pwy sy&apos;n gadael cyn y gall y rownd nesaf ddechrau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a declared result is amended; correct the count instead.</source>
        <translation>Dim ond canlyniad a gyhoeddwyd a ddiwygir; cywirwch y cyfrif yn lle hynny.</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>An amendment needs the chair&apos;s name and a reason.</source>
        <translation>Mae angen enw&apos;r cadeirydd a rheswm ar gyfer diwygiad.</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>A further round follows a counted ballot.</source>
        <translation>Daw rownd arall ar ôl pleidlais sydd wedi&apos;i chyfrif.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This ballot has a result; no further round is needed.</source>
        <translation>Mae gan y bleidlais hon ganlyniad; does dim angen rownd arall.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round {0} of this ballot has already been started (ballot {1}).</source>
        <translation>Mae rownd {0} y bleidlais hon eisoes wedi dechrau (pleidlais {1}).</translation>
    </message>
</context>
<context>
    <name>BallotsPage</name>
    <message>
        <location filename="../../ballotdesk/ui/ballots/page.py" line="+61"/>
        <source>Ballots</source>
        <translation>Pleidleisiau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New ballot…</source>
        <translation>Pleidlais &amp;newydd…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New ballot</source>
        <translation>Pleidlais newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up a motion or an election (starts as a draft)</source>
        <translation>Trefnu cynnig neu etholiad (mae&apos;n dechrau fel drafft)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+212"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Golygu…</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>Edit ballot</source>
        <translation>Golygu&apos;r bleidlais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the ballot while it is a draft; afterwards shows it read-only</source>
        <translation>Newid y bleidlais tra bydd yn ddrafft; wedyn, ei dangos heb fodd ei newid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>Ag&amp;or…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+298"/>
        <source>Open ballot</source>
        <translation>Agor y bleidlais</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>Open for voting: papers may be issued, the options are fixed</source>
        <translation>Agor ar gyfer pleidleisio: gellir dosbarthu papurau, ac mae&apos;r dewisiadau&apos;n sefydlog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close…</source>
        <translation>&amp;Cau…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+313"/>
        <source>Close ballot</source>
        <translation>Cau&apos;r bleidlais</translation>
    </message>
    <message>
        <location line="-312"/>
        <source>Close the ballot: no more papers; the tellers can count</source>
        <translation>Cau&apos;r bleidlais: dim mwy o bapurau; gall y rhifwyr gyfrif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print ballot papers…</source>
        <translation>&amp;Argraffu papurau pleidleisio…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print ballot papers</source>
        <translation>Argraffu papurau pleidleisio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbered papers for one box: preview, print or save as PDF</source>
        <translation>Papurau wedi&apos;u rhifo ar gyfer un blwch: rhagolwg, argraffu neu gadw fel PDF</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Selected ballot</source>
        <translation>Y bleidlais a ddewiswyd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Ballots&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pleidleisiau&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+18"/>
        <location line="+130"/>
        <source>Boxes</source>
        <translation>Blychau pleidleisio</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Add &amp;box…</source>
        <translation>Ychwanegu &amp;blwch…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+294"/>
        <source>Add box</source>
        <translation>Ychwanegu blwch</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>Add a box such as &apos;Overflow (outside)&apos;</source>
        <translation>Ychwanegu blwch fel &apos;Gorlif (y tu allan)&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue at the &amp;desk, into:</source>
        <translation>Dosbarthu wrth y &amp;ddesg, i&apos;r blwch:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue at the desk</source>
        <translation>Dosbarthu wrth y ddesg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration at the desk also issues this ballot&apos;s paper, into the chosen box</source>
        <translation>Mae cofrestru wrth y ddesg hefyd yn dosbarthu papur y bleidlais hon, i&apos;r blwch a ddewiswyd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Box for papers issued at the desk</source>
        <translation>Blwch ar gyfer papurau a ddosbarthir wrth y ddesg</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Papers issued</source>
        <translation>Papurau a ddosbarthwyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a paper holder</source>
        <translation>Chwilio am rywun sydd â phapur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find by name, number or box</source>
        <translation>Chwilio yn ôl enw, rhif neu flwch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Issue papers…</source>
        <translation>Dosbarthu &amp;papurau…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issue papers</source>
        <translation>Dosbarthu papurau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue papers to attendees chosen from the attendance list</source>
        <translation>Dosbarthu papurau i bobl a ddewisir o&apos;r rhestr presenoldeb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Spoil and replace…</source>
        <translation>Di&amp;fetha a disodli…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ballotdesk/ui/ballots/paper_commands.py" line="+112"/>
        <source>Spoil and replace</source>
        <translation>Difetha a disodli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the selected attendee&apos;s spoilt paper and issue a replacement</source>
        <translation>Canslo papur difetha&apos;r unigolyn a ddewiswyd a dosbarthu papur newydd yn ei le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Tynnu&apos;n ôl…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ballotdesk/ui/ballots/paper_commands.py" line="+17"/>
        <source>Withdraw paper</source>
        <translation>Tynnu papur yn ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw a paper issued by mistake (a reason is required)</source>
        <translation>Tynnu&apos;n ôl bapur a ddosbarthwyd trwy gamgymeriad (rhaid rhoi rheswm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+100"/>
        <source>Papers</source>
        <translation>Papurau pleidleisio</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Last action</source>
        <translation>Y cam diwethaf</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>“{0}”</source>
        <translation>“{0}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boxes — papers for {0}</source>
        <translation>Blychau — papurau ar gyfer {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papers held for {0}: {1:,}</source>
        <translation>Papurau a ddelir ar gyfer {0}: {1:,}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No ballot yet: use New ballot… to set up a motion or an election.</source>
        <translation>Dim pleidlais eto: defnyddiwch Pleidlais newydd… i drefnu cynnig neu etholiad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meeting is open.</source>
        <translation>Does dim cyfarfod ar agor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; is {1}. Options: {2}.</source>
        <translation>Statws &lt;b&gt;{0}&lt;/b&gt;: {1}. Dewisiadau: {2}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;View…</source>
        <translation>&amp;Gweld…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>“{0}” created as a draft.</source>
        <translation>Crëwyd “{0}” fel drafft.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>“{0}” saved.</source>
        <translation>Cadwyd “{0}”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open “{0}” for voting?

Papers can then be issued, and these can no longer change:

{1}</source>
        <translation>Agor “{0}” ar gyfer pleidleisio?

Gellir dosbarthu papurau wedyn, ac ni fydd modd newid y rhain mwyach:

{1}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{0}” is open for voting.</source>
        <translation>Mae “{0}” ar agor ar gyfer pleidleisio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close “{0}”?

{1:,} papers have been issued. No more papers can be issued; the tellers can then count.</source>
        <translation>Cau “{0}”?

Mae {1:,} papur wedi&apos;u dosbarthu. Ni ellir dosbarthu rhagor o bapurau; gall y rhifwyr gyfrif wedyn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{0}” is closed; the tellers can count.</source>
        <translation>Mae “{0}” ar gau; gall y rhifwyr gyfrif.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Overflow (outside)</source>
        <translation>Gorlif (y tu allan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the box (where papers are put):</source>
        <translation>Enw&apos;r blwch (lle rhoddir y papurau):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Box “{0}” added.</source>
        <translation>Ychwanegwyd y blwch “{0}”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The desk now issues “{0}” papers into {1}.</source>
        <translation>Mae&apos;r ddesg bellach yn dosbarthu papurau “{0}” i {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desk no longer issues “{0}” papers.</source>
        <translation>Nid yw&apos;r ddesg yn dosbarthu papurau “{0}” mwyach.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/ballots/paper_commands.py" line="-61"/>
        <source>{0:,} present may not vote</source>
        <translation>{0:,} yn bresennol heb hawl i bleidleisio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0:,} have departed</source>
        <translation>{0:,} wedi gadael</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0:,} already hold a paper</source>
        <translation>{0:,} â phapur eisoes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not listed: {0}.</source>
        <translation>Heb eu rhestru: {0}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 paper issued into {0}.</source>
        <translation>Dosbarthwyd 1 papur i {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0:,} papers issued into {1}.</source>
        <translation>Dosbarthwyd {0:,} papur i {1}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}

Not issued:
{1}</source>
        <translation>{0}

Heb eu dosbarthu:
{1}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0}&apos;s paper is cancelled and a new one issued into {1}.
Number of the replacement paper (optional):</source>
        <translation>Caiff papur {0} ei ganslo a dosberthir un newydd i {1}.
Rhif y papur newydd (dewisol):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}&apos;s spoilt paper was cancelled and replaced in {1}.</source>
        <translation>Cafodd papur difetha {0} ei ganslo a&apos;i ddisodli yn {1}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Why is {0}&apos;s paper withdrawn? (required)</source>
        <translation>Pam mae papur {0} yn cael ei dynnu&apos;n ôl? (gofynnol)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}&apos;s paper was withdrawn: {1}</source>
        <translation>Tynnwyd papur {0} yn ôl: {1}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ballot papers</source>
        <translation>Papurau pleidleisio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ballot papers — {0} — {1}</source>
        <translation>Papurau pleidleisio — {0} — {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0:,} papers for the box {1}. Cut along the marks; keep unused papers for the ballot paper account.</source>
        <translation>{0:,} papur ar gyfer y blwch {1}. Torrwch ar hyd y marciau; cadwch y papurau heb eu defnyddio ar gyfer y cyfrif papurau pleidleisio.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/ballots/page.py" line="-345"/>
        <source>&amp;Key papers…</source>
        <translation>Bysell&amp;u papurau…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key papers</source>
        <translation>Bysellu papurau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A preferential ballot: key each paper as marked, batch by batch, twice by two tellers</source>
        <translation>Pleidlais ddewisol: bysellwch bob papur fel y&apos;i marciwyd, swp wrth swp, ddwywaith gan ddau rifwr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se&amp;ttle batches…</source>
        <translation>Datr&amp;ys sypiau…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settle batches</source>
        <translation>Datrys sypiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chair settles batches whose two keyings differ</source>
        <translation>Mae&apos;r cadeirydd yn datrys sypiau lle mae&apos;r ddau fyselliad yn wahanol</translation>
    </message>
    <message>
        <location line="+266"/>
        <source>The batch was not settled</source>
        <translation>Ni ddatryswyd y swp</translation>
    </message>
</context>
<context>
    <name>BatchPapersModel</name>
    <message>
        <location filename="../../ballotdesk/ui/ballots/ranked_entry.py" line="+71"/>
        <source>Paper</source>
        <translation>Papur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marks, in the candidates&apos; order</source>
        <translation>Marciau, yn nhrefn yr ymgeiswyr</translation>
    </message>
</context>
<context>
    <name>Blt</name>
    <message>
        <location filename="../../ballotdesk/domain/preferential/blt.py" line="+56"/>
        <source>a preference is a number of 1 or more</source>
        <translation>rhaid i ddewis fod yn rhif 1 neu fwy</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>{0} is not a text file (neither UTF-8 nor Windows-1252)</source>
        <translation>{0}: nid yw&apos;n ffeil destun (nid yw&apos;n UTF-8 nac yn Windows-1252)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} cannot be read: {1}</source>
        <translation>ni ellir darllen {0}: {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file</source>
        <translation>y ffeil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}, line {1}: {2}</source>
        <translation>{0}, llinell {1}: {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {0}: {1}</source>
        <translation>llinell {0}: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} is empty: a .blt file starts with the number of candidates and of seats, e.g. &apos;4 2&apos;</source>
        <translation>{0}: mae&apos;n wag; mae ffeil .blt yn dechrau â nifer yr ymgeiswyr a nifer y seddi, e.e. &apos;4 2&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{0}&apos; should give the number of candidates and of seats, e.g. &apos;4 2&apos;</source>
        <translation>dylai &apos;{0}&apos; roi nifer yr ymgeiswyr a nifer y seddi, e.e. &apos;4 2&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} candidates: there must be at least one</source>
        <translation>{0} ymgeisydd: rhaid cael o leiaf un</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} seats: there must be at least one</source>
        <translation>{0} sedd: rhaid cael o leiaf un</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} seats for {1} candidates</source>
        <translation>{0} sedd ar gyfer {1} ymgeisydd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{0}&apos; is not a candidate&apos;s number</source>
        <translation>nid yw &apos;{0}&apos; yn rhif ymgeisydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a preference for candidate {0} of {1}</source>
        <translation>dewis ar gyfer ymgeisydd {0} o {1}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>candidate {0} of {1} is withdrawn</source>
        <translation>mae ymgeisydd {0} o {1} wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the option line &apos;{0}&apos; does not end with &apos;]&apos;</source>
        <translation>nid yw&apos;r llinell opsiwn &apos;{0}&apos; yn gorffen â &apos;]&apos;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;{0}&apos; is not a number of papers (a ballot line starts with its weight)</source>
        <translation>nid yw &apos;{0}&apos; yn nifer o bapurau (mae llinell bleidlais yn dechrau â&apos;i phwysiad)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a ballot line with a weight of 0 (only the line &apos;0&apos; alone ends the papers)</source>
        <translation>llinell bleidlais â phwysiad 0 (dim ond y llinell &apos;0&apos; ar ei phen ei hun sy&apos;n dod â&apos;r papurau i ben)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the ballot line does not end with 0</source>
        <translation>nid yw&apos;r llinell bleidlais yn gorffen â 0</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a 0 before the end of the ballot line</source>
        <translation>0 cyn diwedd y llinell bleidlais</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} ends before the line &apos;0&apos; that closes the papers</source>
        <translation>{0}: daw i ben cyn y llinell &apos;0&apos; sy&apos;n cau&apos;r papurau</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file ends after {0} of the {1} candidates&apos; names</source>
        <translation>mae&apos;r ffeil yn dod i ben ar ôl {0} o enwau&apos;r {1} ymgeisydd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a candidate&apos;s name is empty</source>
        <translation>mae enw ymgeisydd yn wag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name &apos;{0}&apos; is given to candidates {1} and {2}</source>
        <translation>rhoddir yr enw &apos;{0}&apos; i ymgeiswyr {1} a {2}</translation>
    </message>
</context>
<context>
    <name>Chain</name>
    <message>
        <location filename="../../ballotdesk/store/chain.py" line="+28"/>
        <source>the meeting&apos;s details and rules</source>
        <translation>manylion a rheolau&apos;r cyfarfod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the ballot boxes</source>
        <translation>y blychau pleidleisio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the ballots</source>
        <translation>y pleidleisiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the registrations</source>
        <translation>y cofrestriadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the ballot papers issued</source>
        <translation>y papurau pleidleisio a ddosbarthwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the tellers&apos; count entries</source>
        <translation>cofnodion cyfrif y rhifwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the tellers the chair named and their codes</source>
        <translation>y rhifwyr a enwodd y cadeirydd a&apos;u codau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the definitive box counts</source>
        <translation>cyfrifon terfynol y blychau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the declared results</source>
        <translation>y canlyniadau a gyhoeddwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the preferential ballots&apos; methods and lots</source>
        <translation>dulliau a choelbrennau&apos;r pleidleisiau dewisol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the tellers&apos; batches of preferential papers</source>
        <translation>sypiau&apos;r rhifwyr o bapurau dewisol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the preferential papers as keyed</source>
        <translation>y papurau dewisol fel y&apos;u bysellwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the membership roll</source>
        <translation>y gofrestr aelodaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the audit log</source>
        <translation>y log archwilio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the audit log&apos;s digests</source>
        <translation>crynhoadau&apos;r log archwilio</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the file</source>
        <translation>y ffeil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A trigger ({0}) on {1} ({2}) was added outside BallotDesk after event {3}; it can change what BallotDesk writes without a trace in the audit log.</source>
        <translation>Ychwanegwyd sbardun ({0}) ar {1} ({2}) y tu allan i BallotDesk ar ôl digwyddiad {3}; gall newid yr hyn y mae BallotDesk yn ei ysgrifennu heb olion yn y log archwilio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The definition of {0} ({1}) was changed outside BallotDesk after event {2}.</source>
        <translation>Newidiwyd diffiniad {0} ({1}) y tu allan i BallotDesk ar ôl digwyddiad {2}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file holds {0} &apos;{1}&apos;, which BallotDesk did not make; it was added outside BallotDesk after event {2}.</source>
        <translation>Mae&apos;r ffeil yn cynnwys &apos;{1}&apos; ({0}), na chafodd ei wneud gan BallotDesk; fe&apos;i ychwanegwyd y tu allan i BallotDesk ar ôl digwyddiad {2}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {0} &apos;{1}&apos; that BallotDesk keeps in every meeting was removed outside BallotDesk after event {2}.</source>
        <translation>Cafodd &apos;{1}&apos; ({0}), y mae BallotDesk yn ei gadw ym mhob cyfarfod, ei ddileu y tu allan i BallotDesk ar ôl digwyddiad {2}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file&apos;s record of its format upgrades (_sqlite_migrations) was changed outside BallotDesk after event {0}.</source>
        <translation>Newidiwyd cofnod y ffeil o&apos;i huwchraddiadau fformat (_sqlite_migrations) y tu allan i BallotDesk ar ôl digwyddiad {0}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Events {0}–{1}</source>
        <translation>Digwyddiadau {0}–{1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: written by an older BallotDesk, not authenticated by any key.</source>
        <translation>{0}: wedi&apos;u hysgrifennu gan fersiwn hŷn o BallotDesk, heb eu dilysu gan unrhyw allwedd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this installation&apos;s key</source>
        <translation>allwedd y gosodiad hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a key this installation knows</source>
        <translation>allwedd y mae&apos;r gosodiad hwn yn ei hadnabod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a key this installation does not have, so this part could not be checked here</source>
        <translation>allwedd nad yw ar gael i&apos;r gosodiad hwn, felly doedd dim modd gwirio&apos;r rhan hon yma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: authenticated by {1} ({2}, key {3}).</source>
        <translation>{0}: wedi&apos;u dilysu gan {1} ({2}, allwedd {3}).</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>The audit log&apos;s digests (chain_buckets) were changed outside BallotDesk after event {0}.</source>
        <translation>Newidiwyd crynhoadau&apos;r log archwilio (chain_buckets) y tu allan i BallotDesk ar ôl digwyddiad {0}.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>The audit log is empty: this meeting has no record of its changes.</source>
        <translation>Mae&apos;r log archwilio yn wag: does gan y cyfarfod hwn ddim cofnod o&apos;i newidiadau.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0} ({1}) changed outside BallotDesk after event {2}, the last event in the log.</source>
        <translation>{0} ({1}): newidiwyd y rhain y tu allan i BallotDesk ar ôl digwyddiad {2}, y digwyddiad olaf yn y log.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record the sheet was printed from (head {0}) is not in this file: events were removed or rewritten since.</source>
        <translation>Nid yw&apos;r cofnod yr argraffwyd y daflen ohono (pen {0}) yn y ffeil hon: mae digwyddiadau wedi&apos;u dileu neu eu hailysgrifennu ers hynny.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intact: {0} events; the meeting matches its audit log.</source>
        <translation>Cyfan: {0} digwyddiad; mae&apos;r cyfarfod yn cyfateb i&apos;w log archwilio.</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <location filename="../../ballotdesk/ui/meeting/pin_dialog.py" line="+29"/>
        <source>Change chair PIN</source>
        <translation>Newid PIN y cadeirydd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set chair PIN</source>
        <translation>Gosod PIN y cadeirydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chair&apos;s PIN is needed to declare and amend results, resolve counts, approve provisional votes, change the rules and purge personal data. It is 6 to 12 digits.</source>
        <translation>Mae angen PIN y cadeirydd i gyhoeddi a diwygio canlyniadau, datrys cyfrifon, cymeradwyo pleidleisiau dros dro, newid y rheolau a dileu data personol. Mae rhwng 6 a 12 digid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This meeting has no chair&apos;s PIN yet: anyone at this laptop can declare results. Set a PIN of 6 to 12 digits.</source>
        <translation>Does gan y cyfarfod hwn ddim PIN cadeirydd eto: gall unrhyw un wrth y gliniadur hwn gyhoeddi canlyniadau. Gosodwch PIN o 6 i 12 digid.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Current PIN</source>
        <translation>PIN presennol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN</source>
        <translation>PIN newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN again</source>
        <translation>PIN newydd eto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Current PIN:</source>
        <translation>PIN &amp;presennol:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New PIN:</source>
        <translation>PIN &amp;newydd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN &amp;again:</source>
        <translation>PIN newydd &amp;eto:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change PIN</source>
        <translation>Newid PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set PIN</source>
        <translation>Gosod PIN</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter the current PIN.</source>
        <translation>Rhowch y PIN presennol.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two new PINs differ; type the new PIN twice.</source>
        <translation>Mae&apos;r ddau PIN newydd yn wahanol; teipiwch y PIN newydd ddwywaith.</translation>
    </message>
</context>
<context>
    <name>Count</name>
    <message>
        <location filename="../../ballotdesk/domain/count.py" line="+20"/>
        <source>abstentions and blank papers</source>
        <translation>ymataliadau a phapurau gwag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected papers</source>
        <translation>papurau a wrthodwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>papers found</source>
        <translation>papurau a ganfuwyd</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>1 paper was found</source>
        <translation>canfuwyd 1 papur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} papers were found</source>
        <translation>canfuwyd {0} papur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 vote</source>
        <translation>1 bleidlais</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} votes</source>
        <translation>{0} pleidlais</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>A ballot must have at least 1 seat.</source>
        <translation>Rhaid i bleidlais gael o leiaf 1 sedd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+109"/>
        <location line="+60"/>
        <source>Papers found</source>
        <translation>Papurau a ganfuwyd</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+107"/>
        <source>Votes for {0}</source>
        <translation>Pleidleisiau dros {0}</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+106"/>
        <source>Abstentions and blank papers</source>
        <translation>Ymataliadau a phapurau gwag</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+106"/>
        <source>Rejected papers</source>
        <translation>Papurau a wrthodwyd</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+163"/>
        <source>{0} cannot be negative ({1}).</source>
        <translation>Ni all {0} fod yn negatif ({1}).</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>1 option</source>
        <translation>1 opsiwn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} options</source>
        <translation>{0} opsiwn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The count has figures for {0} but the ballot has {1}.</source>
        <translation>Mae gan y cyfrif ffigurau ar gyfer {0} ond mae gan y bleidlais {1}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Abstentions, blank and rejected papers add up to {0} but only {1}.</source>
        <translation>Mae&apos;r ymataliadau, y papurau gwag a&apos;r papurau a wrthodwyd yn dod i {0} ond {1} yn unig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The figures add up to {0} but {1}: {2} too many.</source>
        <translation>Mae&apos;r ffigurau&apos;n dod i {0} ond {1}: {2} yn ormod.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The figures add up to {0} but {1}: {2} too few.</source>
        <translation>Mae&apos;r ffigurau&apos;n dod i {0} ond {1}: {2} yn rhy ychydig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} has {1} but only {2}.</source>
        <translation>Mae gan {0} {1} ond {2} yn unig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} has {1} but only 1 paper was valid ({3} found, {4} abstentions or blank, {5} rejected).</source>
        <translation>Mae gan {0} {1} ond dim ond 1 papur oedd yn ddilys ({3} wedi&apos;u canfod, {4} yn ymataliadau neu&apos;n wag, {5} wedi&apos;u gwrthod).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} has {1} but only {2} papers were valid ({3} found, {4} abstentions or blank, {5} rejected).</source>
        <translation>Mae gan {0} {1} ond dim ond {2} papur oedd yn ddilys ({3} wedi&apos;u canfod, {4} yn ymataliadau neu&apos;n wag, {5} wedi&apos;u gwrthod).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 mark</source>
        <translation>1 marc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} marks</source>
        <translation>{0} marc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 valid paper</source>
        <translation>1 papur dilys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} valid papers</source>
        <translation>{0} papur dilys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The figures show {0} but {1} can carry at most {2} ({3} per paper).</source>
        <translation>Mae&apos;r ffigurau&apos;n dangos {0} ond gall {1} gynnwys {2} ar y mwyaf ({3} i bob papur).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{0} is empty; enter a whole number of 0 or more.</source>
        <translation>Mae {0} yn wag; rhowch rif cyfan, 0 neu fwy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} must be a whole number of 0 or more; &apos;{1}&apos; is not.</source>
        <translation>Rhaid i {0} fod yn rif cyfan, 0 neu fwy; nid yw &apos;{1}&apos; felly.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} must be at most {1}; &apos;{2}&apos; is too large.</source>
        <translation>Rhaid i {0} fod yn {1} ar y mwyaf; mae &apos;{2}&apos; yn rhy fawr.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;{0}&apos; is not an option of ballot {1}: {2}.</source>
        <translation>Nid yw &apos;{0}&apos; yn un o ddewisiadau pleidlais {1}: {2}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{0}&apos; is given more than once; give each option&apos;s votes once.</source>
        <translation>Mae &apos;{0}&apos; wedi&apos;i roi fwy nag unwaith; rhowch bleidleisiau pob dewis unwaith.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No figure for {0}: give every option&apos;s votes, 0 where it has none.</source>
        <translation>Dim ffigur ar gyfer {0}: rhowch bleidleisiau pob dewis, 0 lle nad oes dim.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Papers issued</source>
        <translation>Papurau a ddosbarthwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spoilt</source>
        <translation>Wedi&apos;u difetha</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Balanced: {0} issued, {1} found.</source>
        <translation>Yn cysoni: {0} wedi&apos;u dosbarthu, {1} wedi&apos;u canfod.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 paper not returned ({1} issued, {2} found); the chair must explain.</source>
        <translation>1 papur heb ei ddychwelyd ({1} wedi&apos;u dosbarthu, {2} wedi&apos;u canfod); rhaid i&apos;r cadeirydd esbonio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} papers not returned ({1} issued, {2} found); the chair must explain.</source>
        <translation>{0} papur heb eu dychwelyd ({1} wedi&apos;u dosbarthu, {2} wedi&apos;u canfod); rhaid i&apos;r cadeirydd esbonio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 more paper found than issued ({1} issued, {2} found); recount the box before the count can be accepted.</source>
        <translation>Canfuwyd 1 papur yn fwy nag a ddosbarthwyd ({1} wedi&apos;u dosbarthu, {2} wedi&apos;u canfod); ailgyfrifwch y blwch cyn y gellir derbyn y cyfrif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} more papers found than issued ({1} issued, {2} found); recount the box before the count can be accepted.</source>
        <translation>Canfuwyd {0} papur yn fwy nag a ddosbarthwyd ({1} wedi&apos;u dosbarthu, {2} wedi&apos;u canfod); ailgyfrifwch y blwch cyn y gellir derbyn y cyfrif.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 spoilt paper was cancelled and not counted.</source>
        <translation>Cafodd 1 papur a ddifethwyd ei ganslo ac nis cyfrifwyd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} spoilt papers were cancelled and not counted.</source>
        <translation>Cafodd {0} papur a ddifethwyd eu canslo ac nis cyfrifwyd.</translation>
    </message>
</context>
<context>
    <name>CountForm</name>
    <message>
        <location filename="../../ballotdesk/ui/widgets/count_form.py" line="+55"/>
        <source>Reasons for rejection (optional)</source>
        <translation>Rhesymau dros wrthod (dewisol)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2 marked twice, 1 signed</source>
        <translation>e.e. 2 wedi&apos;u marcio ddwywaith, 1 wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a box to count.</source>
        <translation>Dewiswch flwch i&apos;w gyfrif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check of the figures</source>
        <translation>Gwirio&apos;r ffigurau</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Votes for {0}</source>
        <translation>Pleidleisiau i {0}</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Choose a ballot and a box to count.</source>
        <translation>Dewiswch bleidlais a blwch i&apos;w cyfrif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the figures for this box, from the top.</source>
        <translation>Rhowch ffigurau&apos;r blwch hwn, o&apos;r brig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still to fill in: {0}.</source>
        <translation>Heb eu llenwi eto: {0}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The figures add up: {0} = {1} papers found.</source>
        <translation>Mae&apos;r ffigurau&apos;n cyfateb: {0} = {1} papur wedi&apos;u canfod.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The figures are consistent ({0} valid papers, up to {1} marks each).</source>
        <translation>Mae&apos;r ffigurau&apos;n gyson ({0} papur dilys, hyd at {1} marc yr un).</translation>
    </message>
</context>
<context>
    <name>CountPage</name>
    <message>
        <location filename="../../ballotdesk/ui/count/page.py" line="+66"/>
        <source>Box</source>
        <translation>Blwch</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+314"/>
        <source>Teller</source>
        <translation>Rhifwr</translation>
    </message>
    <message>
        <location line="-313"/>
        <source>Change &amp;teller…</source>
        <translation>Newid y &amp;rhifwr…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change teller</source>
        <translation>Newid y rhifwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the name of the teller at the keyboard; the form is cleared</source>
        <translation>Rhowch enw&apos;r rhifwr sydd wrth y bysellfwrdd; caiff y ffurflen ei chlirio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ballot:</source>
        <translation>&amp;Pleidlais:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bo&amp;x:</source>
        <translation>&amp;Blwch:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About this entry</source>
        <translation>Am y cofnod hwn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save entry</source>
        <translation>&amp;Cadw&apos;r cofnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save entry</source>
        <translation>Cadw&apos;r cofnod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this teller&apos;s figures for the box (Ctrl+S, or Enter in the last field)</source>
        <translation>Cadw ffigurau&apos;r rhifwr hwn ar gyfer y blwch (Ctrl+S, neu Enter yn y maes olaf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outcome of the last entry</source>
        <translation>Canlyniad y cofnod diwethaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+204"/>
        <source>Count</source>
        <translation>Cyfrif</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Ctrl+S, or Enter in the last field</source>
        <translation>Ctrl+S, neu Enter yn y maes olaf</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <source>Ballot paper account</source>
        <translation>Cyfrif papurau pleidleisio</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Papers issued:</source>
        <translation>Papurau a ddosbarthwyd:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Papers found:</source>
        <translation>Papurau a ganfuwyd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spoilt and cancelled:</source>
        <translation>Wedi&apos;u difetha a&apos;u canslo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not returned (variance):</source>
        <translation>Heb eu dychwelyd (amrywiant):</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Boxes and their count</source>
        <translation>Y blychau a&apos;u cyfrif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chair</source>
        <translation>Cadeirydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the chair must resolve</source>
        <translation>Yr hyn y mae&apos;n rhaid i&apos;r cadeirydd ei ddatrys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order &amp;recount…</source>
        <translation>Gorchymyn &amp;ailgyfrif…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+301"/>
        <source>Order recount</source>
        <translation>Gorchymyn ailgyfrif</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>Set this box&apos;s entries aside; the tellers count it again</source>
        <translation>Rhoi cofnodion y blwch hwn o&apos;r neilltu; bydd y rhifwyr yn ei gyfrif eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xplain shortfall…</source>
        <translation>E&amp;gluro&apos;r diffyg…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+339"/>
        <source>Explain shortfall</source>
        <translation>Egluro&apos;r diffyg</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>Write why papers were not returned; it goes on the result</source>
        <translation>Ysgrifennwch pam na ddychwelwyd papurau; bydd yn ymddangos ar y canlyniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare and resolve…</source>
        <translation>&amp;Cymharu a datrys…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compare and resolve</source>
        <translation>Cymharu a datrys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See both entries side by side, then accept one or order a recount (a reason is required)</source>
        <translation>Gweld y ddau gofnod ochr yn ochr, yna derbyn un neu orchymyn ailgyfrif (mae angen rheswm)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Every box&lt;/b&gt; (two matching entries make a box definitive)</source>
        <translation>&lt;b&gt;Pob blwch&lt;/b&gt; (mae dau gofnod sy&apos;n cyfateb yn gwneud cyfrif blwch yn derfynol)</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Teller: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Rhifwr: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teller: &lt;i&gt;not given yet&lt;/i&gt;</source>
        <translation>Rhifwr: &lt;i&gt;heb ei roi eto&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No meeting is open.</source>
        <translation>Does dim cyfarfod ar agor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No ballot to count yet: a ballot is counted once it is closed.</source>
        <translation>Does dim pleidlais i&apos;w chyfrif eto: caiff pleidlais ei chyfrif ar ôl iddi gau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This ballot is still open; counts are entered once it is closed.</source>
        <translation>Mae&apos;r bleidlais hon yn dal ar agor; caiff y cyfrifon eu cofnodi ar ôl iddi gau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This ballot is {0}; the count is complete.</source>
        <translation>Statws y bleidlais hon yw: {0}; mae&apos;r cyfrif wedi&apos;i gwblhau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a box.</source>
        <translation>Dewiswch flwch.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The count of {0} is definitive; only the chair can order a recount.</source>
        <translation>Mae cyfrif {0} yn derfynol; dim ond y cadeirydd all orchymyn ailgyfrif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two entries for {0} differ; the chair must resolve them first.</source>
        <translation>Mae&apos;r ddau gofnod ar gyfer {0} yn wahanol; rhaid i&apos;r cadeirydd eu datrys yn gyntaf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You ({0}) entered the first count of {1}; a different teller must enter the second.</source>
        <translation>Chi ({0}) a gofnododd gyfrif cyntaf {1}; rhaid i rifwr arall gofnodi&apos;r ail.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Second entry for {0}, entered blind: count the papers yourself; the first entry is not shown.</source>
        <translation>Ail gofnod ar gyfer {0}, heb weld y cyntaf: cyfrifwch y papurau eich hun; nid yw&apos;r cofnod cyntaf yn cael ei ddangos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First entry for {0}.</source>
        <translation>Cofnod cyntaf ar gyfer {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> No papers were issued into this box.</source>
        <translation> Ni ddosbarthwyd unrhyw bapurau i&apos;r blwch hwn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Count of {0}</source>
        <translation>Cyfrif {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ballot paper account: {0}</source>
        <translation>Cyfrif papurau pleidleisio: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} (as typed)</source>
        <translation>{0} (fel y&apos;i teipiwyd)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not yet counted</source>
        <translation>heb ei gyfrif eto</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;The entries for {0} differ&lt;/b&gt; on: {1}. Compare both entries, then accept one or order a recount.</source>
        <translation>&lt;b&gt;Mae&apos;r cofnodion ar gyfer {0} yn wahanol&lt;/b&gt; ar: {1}. Cymharwch y ddau gofnod, yna derbyniwch un neu orchymyn ailgyfrif.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;: more papers found than issued; order a recount.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: canfuwyd mwy o bapurau nag a ddosbarthwyd; gorchmynnwch ailgyfrif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;: papers were not returned; explain the shortfall.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: ni ddychwelwyd rhai papurau; eglurwch y diffyg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: shortfall explained: {1}</source>
        <translation>{0}: eglurwyd y diffyg: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also to resolve: {0}.</source>
        <translation>I&apos;w datrys hefyd: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing for the chair to resolve in this box.</source>
        <translation>Does dim i&apos;r cadeirydd ei ddatrys yn y blwch hwn.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your name, as the teller entering counts:</source>
        <translation>Eich enw, fel y rhifwr sy&apos;n cofnodi&apos;r cyfrifon:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The teller must give their name.</source>
        <translation>Rhaid i&apos;r rhifwr roi ei enw.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Why is {0} recounted? (the chair&apos;s reason, required)</source>
        <translation>Pam mae {0} yn cael ei ailgyfrif? (rheswm y cadeirydd, gofynnol)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <source>Recount of {0} ordered; its entries are set aside.</source>
        <translation>Gorchmynnwyd ailgyfrif {0}; mae ei gofnodion wedi&apos;u rhoi o&apos;r neilltu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}&apos;s entry for {1} was accepted by the chair.</source>
        <translation>Derbyniodd y cadeirydd gofnod {0} ar gyfer {1}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} paper(s) from {1} were not returned. Why?</source>
        <translation>Ni ddychwelwyd {0} papur o {1}. Pam?</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ballotdesk/ui/widgets/date_field.py" line="+43"/>
        <source>e.g. 12/01/2016 or 12 Jan 2016</source>
        <translation>e.e. 12/01/2016 neu 12 Ion 2016</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the date (12/01/2016, 12 Jan 2016 or 2016-01-12), or choose it from the calendar (Alt+Down).</source>
        <translation>Teipiwch y dyddiad (12/01/2016, 12 Ion 2016 neu 2016-01-12), neu dewiswch ef o&apos;r calendr (Alt+Down).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+63"/>
        <source>Calendar</source>
        <translation>Calendr</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../ballotdesk/domain/dates.py" line="+43"/>
        <source>The date is empty; write it as 12/01/2016, 12 Jan 2016 or 2016-01-12.</source>
        <translation>Mae&apos;r dyddiad yn wag; ysgrifennwch ef fel 12/01/2016, 12 Ion 2016 neu 2016-01-12.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{0}&apos; is not a date; write it as 12/01/2016, 12 Jan 2016 or 2016-01-12.</source>
        <translation>Nid yw &apos;{0}&apos; yn ddyddiad; ysgrifennwch ef fel 12/01/2016, 12 Ion 2016 neu 2016-01-12.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../ballotdesk/services/demo.py" line="+141"/>
        <source>The demo meeting is open in {0}; close it there first.</source>
        <translation>Mae&apos;r cyfarfod enghreifftiol ar agor yn {0}; caewch ef yno yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../ballotdesk/services/desk.py" line="+173"/>
        <source>No member matches &apos;{0}&apos;</source>
        <translation>Does dim aelod yn cyfateb i &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>membership number {0} is not on the roll</source>
        <translation>nid yw rhif aelodaeth {0} ar y rhestr aelodau</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../ballotdesk/ui/widgets/figures.py" line="+22"/>
        <source>No quorum set: {0} present may vote</source>
        <translation>Dim cworwm wedi&apos;i osod: {0} yn bresennol yn gymwys i bleidleisio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quorum met: {0} present, {1} needed</source>
        <translation>Cworwm wedi&apos;i gyrraedd: {0} yn bresennol, {1} eu hangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quorum NOT met: {0} present, {1} needed ({2} more)</source>
        <translation>Cworwm HEB ei gyrraedd: {0} yn bresennol, {1} eu hangen ({2} arall)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Registered: {0}    May vote and present: {1}    Guests: {2}    Departed: {3}</source>
        <translation>Wedi cofrestru: {0}    Yn bresennol ac yn gymwys i bleidleisio: {1}    Gwesteion: {2}    Wedi gadael: {3}</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/desk/page.py" line="+66"/>
        <source>Search members</source>
        <translation>Chwilio am aelodau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a name or membership number; Up and Down choose a result (Page Up, Page Down, Ctrl+Home and Ctrl+End jump); Enter registers; Esc clears; Ctrl+Z undoes.</source>
        <translation>Teipiwch enw neu rif aelodaeth; mae Saeth i Fyny a Saeth i Lawr yn dewis canlyniad (mae Page Up, Page Down, Ctrl+Home a Ctrl+End yn neidio); mae Enter yn cofrestru; mae Esc yn clirio; mae Ctrl+Z yn dadwneud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a name or membership number, then press Enter</source>
        <translation>Teipiwch enw neu rif aelodaeth, yna pwyswch Enter</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search results</source>
        <translation>Canlyniadau chwilio</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Search hint</source>
        <translation>Awgrym chwilio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registration status</source>
        <translation>Statws cofrestru</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Attendance figures</source>
        <translation>Ffigurau presenoldeb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quorum</source>
        <translation>Cworwm</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Desk staff name</source>
        <translation>Enw staff y ddesg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your name</source>
        <translation>eich enw</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;At the desk:</source>
        <translation>Wrth y &amp;ddesg:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ready. Type a name or membership number.</source>
        <translation>Yn barod. Teipiwch enw neu rif aelodaeth.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source> (first {0}; type more to narrow)</source>
        <translation> (y {0} cyntaf; teipiwch ragor i gyfyngu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} found{1}. Up/Down to choose, Enter to register.</source>
        <translation>{0} wedi&apos;u canfod{1}. Saethau i fyny/i lawr i ddewis, Enter i gofrestru.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No member matches &apos;{0}&apos;. Enter looks up a full membership number; Ctrl+Shift+P adds a provisional attendee.</source>
        <translation>Does dim aelod yn cyfateb i &apos;{0}&apos;. Mae Enter yn chwilio am rif aelodaeth llawn; mae Ctrl+Shift+P yn ychwanegu mynychwr dros dro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a name or membership number.</source>
        <translation>Teipiwch enw neu rif aelodaeth.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Nobody is registered until the desk has a name: type yours in “At the desk”, so the record says who registered each person.</source>
        <translation>Does neb yn cael ei gofrestru nes bod gan y ddesg enw: teipiwch eich enw yn “Wrth y ddesg”, fel bod y cofnod yn dweud pwy gofrestrodd bob person.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Registration</source>
        <translation>Cofrestru</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NOT ON THE ROLL: {0}. Check the number, or add a provisional attendee (Ctrl+Shift+P).</source>
        <translation>DDIM AR Y RHESTR AELODAU: {0}. Gwiriwch y rhif, neu ychwanegwch fynychwr dros dro (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>may vote</source>
        <translation>yn gymwys i bleidleisio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>may not vote because {0}</source>
        <translation>ddim yn gymwys i bleidleisio oherwydd {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BACK IN THE HALL: {0} — registered at {1}, had left at {2}; {3}</source>
        <translation>YN ÔL YN Y NEUADD: {0} — wedi cofrestru am {1}, wedi gadael am {2}; {3}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ALREADY REGISTERED at {0} by {1}: {2} — {3}</source>
        <translation>WEDI COFRESTRU EISOES am {0} gan {1}: {2} — {3}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ALREADY REGISTERED at {0}: {1} — {2}</source>
        <translation>WEDI COFRESTRU EISOES am {0}: {1} — {2}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>REGISTERED — MAY VOTE: {0} — {1}</source>
        <translation>WEDI COFRESTRU — YN GYMWYS I BLEIDLEISIO: {0} — {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REGISTERED — MAY ATTEND BUT NOT VOTE: {0} because {1}</source>
        <translation>WEDI COFRESTRU — CAEL BOD YN BRESENNOL OND NID PLEIDLEISIO: {0} oherwydd {1}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>NO ballot paper for {0}: {1}</source>
        <translation>DIM papur pleidleisio i {0}: {1}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ballot paper for {0}: {1}</source>
        <translation>Papur pleidleisio ar gyfer {0}: {1}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Ballot paper: {0} — box {1}</source>
        <translation>Papur pleidleisio: {0} — blwch {1}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing to undo: Ctrl+Z takes back only the latest registration made at this desk, once.</source>
        <translation>Dim i&apos;w ddadwneud: mae Ctrl+Z yn dadwneud y cofrestriad diweddaraf a wnaed wrth y ddesg hon yn unig, unwaith.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NOT UNDONE: {0}</source>
        <translation>HEB EI DDADWNEUD: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to undo: nobody is registered.</source>
        <translation>Dim i&apos;w ddadwneud: does neb wedi cofrestru.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UNDONE: registration of {0}{1} taken back.</source>
        <translation>WEDI&apos;I DDADWNEUD: mae cofrestriad {0}{1} wedi&apos;i dynnu&apos;n ôl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ballot paper for {0} ({1}) is cancelled too: keep it back.</source>
        <translation>Mae&apos;r papur pleidleisio ar gyfer {0} ({1}) wedi&apos;i ganslo hefyd: cadwch ef yn ôl.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>Add guest</source>
        <translation>Ychwanegu gwestai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GUEST REGISTERED — MAY ATTEND, NEVER VOTES: {0}</source>
        <translation>GWESTAI WEDI COFRESTRU — CAEL BOD YN BRESENNOL, BYTH YN PLEIDLEISIO: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Add provisional attendee</source>
        <translation>Ychwanegu mynychwr dros dro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PROVISIONAL — MAY ATTEND; MAY VOTE ONLY IF THE CHAIR APPROVES: {0} ({1})</source>
        <translation>DROS DRO — CAEL BOD YN BRESENNOL; CAEL PLEIDLEISIO DIM OND OS YW&apos;R CADEIRYDD YN CYMERADWYO: {0} ({1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chair approves a vote on the Attendance page (Approve vote…).</source>
        <translation>Mae&apos;r cadeirydd yn cymeradwyo pleidlais ar y dudalen Presenoldeb (Cymeradwyo pleidlais…).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a guest</source>
        <translation>gwestai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a provisional attendee</source>
        <translation>mynychwr dros dro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is already registered as {1} (at {2}). Register another person of the same name?</source>
        <translation>Mae {0} wedi&apos;i gofrestru eisoes fel {1} (am {2}). Cofrestru person arall o&apos;r un enw?</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Previous: {0}</source>
        <translation>Blaenorol: {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No meeting is open. Use File › Open or File › New.</source>
        <translation>Does dim cyfarfod ar agor. Defnyddiwch Ffeil › Agor neu Ffeil › Newydd.</translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <location filename="../../ballotdesk/ui/host/devices.py" line="+92"/>
        <source>Desk</source>
        <translation>Desg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Teller</source>
        <translation>Rhifwr</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ballotdesk/ui/dialogs.py" line="+65"/>
        <source>Not done</source>
        <translation>Heb ei wneud</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BallotDesk meetings (*{0});;All files (*)</source>
        <translation>Cyfarfodydd BallotDesk (*{0});;Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Ffeiliau CSV (*.csv *.txt *.tsv);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>Open meeting</source>
        <translation>Agor cyfarfod</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>Save a copy</source>
        <translation>Cadw copi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} already exists in {1}. Replace it with the copy?</source>
        <translation>Mae {0} eisoes yn {1}. Rhoi&apos;r copi yn ei le?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import roll from CSV</source>
        <translation>Mewnforio&apos;r rhestr aelodau o CSV</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add guest</source>
        <translation>Ychwanegu gwestai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A guest may attend the meeting but never votes.</source>
        <translation>Caiff gwestai fod yn bresennol yn y cyfarfod ond nid yw byth yn pleidleisio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note (optional)</source>
        <translation>Nodyn (dewisol)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add provisional attendee</source>
        <translation>Ychwanegu mynychwr dros dro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone who is not on the roll but says they are a member. They may attend; they may vote only if the chair approves (Attendance page).</source>
        <translation>Rhywun nad yw ar y rhestr aelodau ond sy&apos;n dweud ei fod yn aelod. Caiff fod yn bresennol; caiff bleidleisio dim ond os bydd y cadeirydd yn cymeradwyo (tudalen Presenoldeb).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Who is at the desk?</source>
        <translation>Pwy sydd wrth y ddesg?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name, so the record says who registered each person (kept for this desk; change it in “At the desk”):</source>
        <translation>Eich enw, fel bod y cofnod yn dweud pwy gofrestrodd bob person (caiff ei gadw ar gyfer y ddesg hon; newidiwch ef yn “Wrth y ddesg”):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Teller&apos;s code</source>
        <translation>Cod y rhifwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}, type the teller&apos;s code the chair handed you:</source>
        <translation>{0}, teipiwch y cod rhifwr a roddodd y cadeirydd i chi:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chair&apos;s PIN</source>
        <translation>PIN y cadeirydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}

Chair&apos;s PIN:</source>
        <translation>{0}

PIN y cadeirydd:</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <location filename="../../ballotdesk/services/display.py" line="+123"/>
        <source>Quorum met: {0} present of {1} needed</source>
        <translation>Cworwm wedi&apos;i gyrraedd: {0} yn bresennol o&apos;r {1} sydd eu hangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum not yet met: {0} present of {1} needed</source>
        <translation>Cworwm heb ei gyrraedd eto: {0} yn bresennol o&apos;r {1} sydd eu hangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome</source>
        <translation>Croeso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered: {0}</source>
        <translation>Wedi cofrestru: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligible to vote and present: {0}</source>
        <translation>Â hawl i bleidleisio ac yn bresennol: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No ballot yet</source>
        <translation>Dim pleidlais eto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Papers issued: {0}</source>
        <translation>Papurau a ddosbarthwyd: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ballot open</source>
        <translation>Y bleidlais ar agor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result declared</source>
        <translation>Canlyniad wedi&apos;i gyhoeddi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: more papers found than issued; the box is to be recounted.</source>
        <translation>{0}: canfuwyd mwy o bapurau nag a ddosbarthwyd; bydd y blwch yn cael ei ailgyfrif.</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+53"/>
        <source>The result has not been declared yet.</source>
        <translation>Nid yw&apos;r canlyniad wedi&apos;i gyhoeddi eto.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>This ballot was not counted by preferences.</source>
        <translation>Ni chafodd y bleidlais hon ei chyfrif yn ôl dewisiadau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>elected</source>
        <translation>wedi&apos;i ethol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>excluded</source>
        <translation>wedi&apos;i eithrio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage {0} of {1}</source>
        <translation>Cam {0} o {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quota: {0}</source>
        <translation>Cwota: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Elected, in order: {0}</source>
        <translation>Etholwyd, mewn trefn: {0}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This result has been amended since it was declared.</source>
        <translation>Diwygiwyd y canlyniad hwn ers iddo gael ei gyhoeddi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Round {0}</source>
        <translation>Rownd {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round {0}: result not yet declared</source>
        <translation>Rownd {0}: canlyniad heb ei gyhoeddi eto</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <location filename="../../ballotdesk/ui/count/dispute_dialog.py" line="+36"/>
        <source>Entries differ: {0}</source>
        <translation>Cofnodion yn wahanol: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two entries for &lt;b&gt;{0}&lt;/b&gt; differ on: {1}. Check the papers, then accept one entry or order a recount.</source>
        <translation>Mae&apos;r ddau gofnod ar gyfer &lt;b&gt;{0}&lt;/b&gt; yn wahanol ar: {1}. Gwiriwch y papurau, yna derbyniwch un cofnod neu orchymyn ailgyfrif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What differs</source>
        <translation>Beth sy&apos;n wahanol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Both entries side by side</source>
        <translation>Y ddau gofnod ochr yn ochr</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Accept the entry by {0}</source>
        <translation>Derbyn cofnod {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order a &amp;recount (both entries are set aside)</source>
        <translation>Gorchymyn &amp;ailgyfrif (rhoddir y ddau gofnod o&apos;r neilltu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order a recount</source>
        <translation>Gorchymyn ailgyfrif</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chair&apos;s reason</source>
        <translation>Rheswm y cadeirydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required, e.g. recounted the bundle in front of both tellers</source>
        <translation>Gofynnol, e.e. ailgyfrifwyd y bwndel o flaen y ddau rifwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide</source>
        <translation>Penderfynu</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../ballotdesk/services/documents.py" line="+85"/>
        <source>The document could not be laid out: a name or text in it is too long to fit on a page. Correct it (a member on the Roll page, a ballot on the Ballots page) and make the document again.</source>
        <translation>Nid oedd modd gosod y ddogfen: mae enw neu destun ynddi yn rhy hir i ffitio ar dudalen. Cywirwch ef (aelod ar y dudalen Rhestr aelodau, pleidlais ar y dudalen Pleidleisiau) a gwnewch y ddogfen eto.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Ballot {0} has not been declared.</source>
        <translation>Nid yw canlyniad pleidlais {0} wedi&apos;i gyhoeddi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ballot {0} is {1}, not declared; a result sheet is printed only for a declared result.</source>
        <translation>Mae pleidlais {0} yn {1}, heb ei chyhoeddi; dim ond ar gyfer canlyniad a gyhoeddwyd y caiff taflen canlyniad ei hargraffu.</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Sheets here are signed with the certificate of {0}; its password is needed to sign (the certificate&apos;s own password, not the chair&apos;s PIN).</source>
        <translation>Mae taflenni yma&apos;n cael eu llofnodi â thystysgrif {0}; mae angen ei chyfrinair i lofnodi (cyfrinair y dystysgrif ei hun, nid PIN y cadeirydd).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Result of ballot {0} declared</source>
        <translation>Canlyniad pleidlais {0} wedi&apos;i gyhoeddi</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print between 1 and 5,000 papers at a time.</source>
        <translation>Argraffwch rhwng 1 a 5,000 o bapurau ar y tro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first serial number cannot be negative.</source>
        <translation>Ni all y rhif cyfresol cyntaf fod yn negatif.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Option</source>
        <translation>Dewis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent</source>
        <translation>Canran</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Abstentions and blank papers</source>
        <translation>Ymataliadau a phapurau gwag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected papers</source>
        <translation>Papurau a wrthodwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes cast</source>
        <translation>Pleidleisiau a fwriwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number necessary</source>
        <translation>Nifer angenrheidiol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0} could not be written to {1}: {2}.</source>
        <translation>Doedd dim modd ysgrifennu {0} i {1}: {2}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{0} is not a PDF that can be read.</source>
        <translation>Nid yw {0} yn PDF y gellir ei ddarllen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} carries no record head: it is not a result sheet printed by this version of BallotDesk.</source>
        <translation>Does dim pen cofnod ar {0}: nid yw&apos;n daflen canlyniad a argraffwyd gan y fersiwn hwn o BallotDesk.</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../ballotdesk/ui/domain_text.py" line="+21"/>
        <source>most votes (plurality)</source>
        <translation>y nifer mwyaf o bleidleisiau (mwyafrif syml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>absolute majority (more than half)</source>
        <translation>mwyafrif llwyr (mwy na hanner)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two-thirds majority (at least two-thirds)</source>
        <translation>mwyafrif o ddwy ran o dair (o leiaf dwy ran o dair)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>three-quarters majority (at least three-quarters)</source>
        <translation>mwyafrif o dair rhan o bedair (o leiaf tair rhan o bedair)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>votes cast for options (abstentions, blank and rejected papers not counted)</source>
        <translation>pleidleisiau a fwriwyd dros y dewisiadau (heb gyfrif ymataliadau, papurau gwag na phapurau a wrthodwyd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>votes cast for options plus rejected papers (abstentions and blank papers not counted)</source>
        <translation>pleidleisiau a fwriwyd dros y dewisiadau ynghyd â phapurau a wrthodwyd (heb gyfrif ymataliadau na phapurau gwag)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>votes cast for options plus abstentions and blank papers (rejected papers not counted)</source>
        <translation>pleidleisiau a fwriwyd dros y dewisiadau ynghyd ag ymataliadau a phapurau gwag (heb gyfrif papurau a wrthodwyd)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all papers found in the boxes</source>
        <translation>pob papur a ganfuwyd yn y blychau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>members present and entitled to vote</source>
        <translation>aelodau sy&apos;n bresennol ac yn gymwys i bleidleisio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draft (being set up)</source>
        <translation>drafft (wrthi&apos;n cael ei threfnu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open (voting in progress)</source>
        <translation>ar agor (y pleidleisio ar y gweill)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed (voting finished, not yet counted)</source>
        <translation>ar gau (y pleidleisio wedi gorffen, heb ei chyfrif eto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counting</source>
        <translation>wrthi&apos;n cyfrif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counted (waiting to be declared)</source>
        <translation>wedi&apos;i chyfrif (yn aros i&apos;r canlyniad gael ei gyhoeddi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declared</source>
        <translation>wedi&apos;i chyhoeddi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papers found</source>
        <translation>Papurau a ganfuwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstentions and blank papers</source>
        <translation>Ymataliadau a phapurau gwag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected papers</source>
        <translation>Papurau a wrthodwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership number</source>
        <translation>Rhif aelodaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ward or branch</source>
        <translation>Ward neu gangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join date</source>
        <translation>Dyddiad ymuno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership status</source>
        <translation>Statws aelodaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email address</source>
        <translation>Cyfeiriad e-bost</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <location filename="../../ballotdesk/domain/eligibility.py" line="+61"/>
        <source>no longer on the latest membership roll</source>
        <translation>nid yw ar y rhestr aelodau ddiweddaraf mwyach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>membership status &apos;{0}&apos; may not vote (voting statuses: {1})</source>
        <translation>ni chaiff statws aelodaeth &apos;{0}&apos; bleidleisio (statwsau pleidleisio: {1})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no join date on the roll, so the cut-off cannot be checked</source>
        <translation>dim dyddiad ymuno ar y rhestr aelodau, felly ni ellir gwirio&apos;r dyddiad terfyn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>joined {0}, after the cut-off of {1}</source>
        <translation>ymunodd {0}, ar ôl y dyddiad terfyn, {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>joined {0}, on or before the cut-off of {1}</source>
        <translation>ymunodd {0}, ar neu cyn y dyddiad terfyn, {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>member on the roll</source>
        <translation>aelod ar y rhestr aelodau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>guest: may attend, never votes</source>
        <translation>gwestai: caiff fod yn bresennol, ond ni chaiff bleidleisio byth</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not on the roll; vote approved by the chair ({0})</source>
        <translation>nid yw ar y rhestr aelodau; pleidlais wedi&apos;i chymeradwyo gan y cadeirydd ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not on the roll, provisional ({0}); may vote only if the chair approves</source>
        <translation>nid yw ar y rhestr aelodau, dros dro ({0}); caiff bleidleisio dim ond os bydd y cadeirydd yn cymeradwyo</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../ballotdesk/domain/files.py" line="+83"/>
        <source>a pipe (FIFO)</source>
        <translation>pibell (FIFO)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a device</source>
        <translation>dyfais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a socket</source>
        <translation>soced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is {1}, not a file; nothing was read from it. Choose the file itself.</source>
        <translation>{0}: {1} yw hwn, nid ffeil; ni ddarllenwyd dim ohono. Dewiswch y ffeil ei hun.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} is far larger than a {1} can be; nothing was read from it. Choose the right file.</source>
        <translation>Mae {0} yn llawer mwy nag y gall {1} fod; ni ddarllenwyd dim ohono. Dewiswch y ffeil gywir.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/domain/preferential/blt.py" line="-124"/>
        <source>ballot file</source>
        <translation>ffeil bapurau pleidleisio</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/domain/roll_csv/decoding.py" line="+55"/>
        <source>CSV file</source>
        <translation>ffeil CSV</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/services/backup_keys.py" line="-4"/>
        <source>key file</source>
        <translation>ffeil allwedd</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/services/documents.py" line="-10"/>
        <location filename="../../ballotdesk/ui/documents/integrity.py" line="+210"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/store/meeting_file.py" line="+144"/>
        <source>meeting file</source>
        <translation>ffeil cyfarfod</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../ballotdesk/ui/shell/guide.py" line="+29"/>
        <source>BallotDesk User Guide</source>
        <translation>Canllaw Defnyddwyr BallotDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User guide</source>
        <translation>Canllaw defnyddwyr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User guide text</source>
        <translation>Testun y canllaw defnyddwyr</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close the guide</source>
        <translation>Cau&apos;r canllaw</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../../ballotdesk/ui/attendance/model.py" line="+24"/>
        <location filename="../../ballotdesk/ui/ballots/model.py" line="+117"/>
        <location filename="../../ballotdesk/ui/desk/model.py" line="+17"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ballotdesk/ui/ballots/model.py" line="+1"/>
        <location filename="../../ballotdesk/ui/desk/model.py" line="+1"/>
        <location filename="../../ballotdesk/ui/roll/model.py" line="+28"/>
        <source>Number</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ballotdesk/ui/ballots/model.py" line="-61"/>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ballotdesk/ui/desk/model.py" line="+1"/>
        <location filename="../../ballotdesk/ui/roll/model.py" line="+3"/>
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ballotdesk/ui/desk/model.py" line="+3"/>
        <location filename="../../ballotdesk/ui/roll/model.py" line="+5"/>
        <source>Registered</source>
        <translation>Wedi cofrestru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Gan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ballotdesk/ui/desk/model.py" line="-1"/>
        <location filename="../../ballotdesk/ui/roll/model.py" line="-1"/>
        <source>May vote</source>
        <translation>Cymwys i bleidleisio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departed</source>
        <translation>Wedi gadael</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/ballots/model.py" line="-1"/>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ballotdesk/ui/roll/model.py" line="-1"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round</source>
        <translation>Rownd</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <location filename="../../ballotdesk/ui/count/model.py" line="+60"/>
        <source>Papers issued</source>
        <translation>Papurau a ddosbarthwyd</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+32"/>
        <location filename="../../ballotdesk/ui/count/model.py" line="-1"/>
        <source>Box</source>
        <translation>Blwch</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Spoilt and replaced</source>
        <translation>Difetha a disodli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Tynnwyd yn ôl</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Paper no.</source>
        <translation>Rhif y papur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued at</source>
        <translation>Amser dosbarthu</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/count/model.py" line="+2"/>
        <source>Papers found</source>
        <translation>Papurau a ganfuwyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count</source>
        <translation>Cyfrif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballot paper account</source>
        <translation>Cyfrif papurau pleidleisio</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Figure</source>
        <translation>Ffigur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First entry</source>
        <translation>Cofnod cyntaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second entry</source>
        <translation>Ail gofnod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Differs</source>
        <translation>Yn wahanol</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/desk/model.py" line="-1"/>
        <location filename="../../ballotdesk/ui/roll/model.py" line="-2"/>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/result/model.py" line="+51"/>
        <source>Option</source>
        <translation>Dewis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of base</source>
        <translation>% o&apos;r sail</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Round {0}</source>
        <translation>Rownd {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Candidate</source>
        <translation>Ymgeisydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/roll/model.py" line="-3"/>
        <source>First name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joined</source>
        <translation>Ymunodd</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/host/devices.py" line="-15"/>
        <source>Device</source>
        <translation>Dyfais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last seen</source>
        <translation>Gwelwyd ddiwethaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
</context>
<context>
    <name>HostWindow</name>
    <message>
        <location filename="../../ballotdesk/ui/host/window.py" line="+108"/>
        <source>Host on the Network</source>
        <translation>Gwesteio ar y Rhwydwaith</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Encrypted (HTTPS, recommended)</source>
        <translation>&amp;Wedi&apos;i amgryptio (HTTPS, argymhellir)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Plain HTTP</source>
        <translation>HTTP &amp;plaen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plain HTTP is not encrypted: anyone on the same network can read names, registrations and counts, and could pretend to be this laptop. Use it only on a private hotspot that only the meeting&apos;s devices have the password for.</source>
        <translation>Nid yw HTTP plaen wedi&apos;i amgryptio: gall unrhyw un ar yr un rhwydwaith ddarllen enwau, cofrestriadau a chyfrifon, a gallai esgus bod yn y gliniadur hwn. Defnyddiwch ef dim ond ar fan cyswllt preifat nad oes neb ond dyfeisiau&apos;r cyfarfod yn gwybod ei gyfrinair.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypted: each browser warns once that the certificate is the meeting&apos;s own; compare the fingerprint it shows with the one here, then accept it.</source>
        <translation>Wedi&apos;i amgryptio: mae pob porwr yn rhybuddio unwaith mai tystysgrif y cyfarfod ei hun yw hon; cymharwch yr ôl bys y mae&apos;n ei ddangos â&apos;r un yma, yna derbyniwch hi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start hosting</source>
        <translation>De&amp;chrau gwesteio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;top hosting</source>
        <translation>&amp;Stopio gwesteio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection</source>
        <translation>Cysylltiad</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>QR code of the join address</source>
        <translation>Cod QR y cyfeiriad ymuno</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Join code</source>
        <translation>Cod ymuno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>6 digits, or empty for a random code</source>
        <translation>6 digid, neu&apos;n wag am god ar hap</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New join code</source>
        <translation>Cod ymuno newydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change code</source>
        <translation>&amp;Newid y cod</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Joining</source>
        <translation>Ymuno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address:</source>
        <translation>Cyfeiriad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join code:</source>
        <translation>Cod ymuno:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate fingerprint (SHA-256):</source>
        <translation>Ôl bys y dystysgrif (SHA-256):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If Windows asks whether BallotDesk may communicate on networks, allow it on private networks: otherwise no other device can reach this laptop.</source>
        <translation>Os bydd Windows yn gofyn a gaiff BallotDesk gyfathrebu ar rwydweithiau, caniatewch hynny ar rwydweithiau preifat: fel arall ni all unrhyw ddyfais arall gyrraedd y gliniadur hwn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>Devices joined</source>
        <translation>Dyfeisiau sydd wedi ymuno</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Disconnect device</source>
        <translation>&amp;Datgysylltu dyfais</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Hosting could not start: {0}</source>
        <translation>Doedd dim modd dechrau gwesteio: {0}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A join code is exactly 6 digits: &apos;{0}&apos; is not.</source>
        <translation>Mae cod ymuno yn 6 digid yn union: nid yw &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Not hosting</source>
        <translation>Ddim yn gwesteio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None: plain HTTP is not encrypted.</source>
        <translation>Dim: nid yw HTTP plaen wedi&apos;i amgryptio.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stop hosting</source>
        <translation>Stopio gwesteio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop hosting? The {0} device(s) joined are disconnected at once and must join again with a new code.</source>
        <translation>Stopio gwesteio? Caiff y {0} dyfais sydd wedi ymuno eu datgysylltu ar unwaith, a rhaid iddynt ymuno eto gyda chod newydd.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ballotdesk/ui/roll/import_dialog.py" line="+51"/>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon</source>
        <translation>hanner colon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vertical bar</source>
        <translation>bar fertigol</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>— not imported —</source>
        <translation>— heb ei fewnforio —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day first (31/12/2024)</source>
        <translation>Diwrnod yn gyntaf (31/12/2024)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first (12/31/2024)</source>
        <translation>Mis yn gyntaf (12/31/2024)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year first (2024-12-31)</source>
        <translation>Blwyddyn yn gyntaf (2024-12-31)</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/roll/import_summary.py" line="+43"/>
        <source>(blank)</source>
        <translation>(gwag)</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/roll/import_worker.py" line="+89"/>
        <source>Reading {0}…</source>
        <translation>Yn darllen {0}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import roll</source>
        <translation>Mewnforio&apos;r rhestr aelodau</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/roll/import_dialog.py" line="+34"/>
        <source>Import roll — {0}</source>
        <translation>Mewnforio&apos;r rhestr aelodau — {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+281"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="-279"/>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the column mapping</source>
        <translation>Yn ôl at fapio&apos;r colofnau</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>File: {0}
Encoding: {1}    Delimiter: {2}    Columns: {3}</source>
        <translation>Ffeil: {0}
Amgodiad: {1}    Amffinydd: {2}    Colofnau: {3}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detected file format</source>
        <translation>Fformat y ffeil a ganfuwyd</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Column mapping</source>
        <translation>Paru colofnau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column in the file</source>
        <translation>Colofn yn y ffeil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as</source>
        <translation>Mewnforio fel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First value</source>
        <translation>Gwerth cyntaf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(column {0})</source>
        <translation>(colofn {0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field for column {0}</source>
        <translation>Maes ar gyfer colofn {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Date format</source>
        <translation>Fformat dyddiad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Join dates</source>
        <translation>Dyddiadau ymuno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mapping problem</source>
        <translation>Problem paru</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview of the first rows</source>
        <translation>Rhagolwg o&apos;r rhesi cyntaf</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Columns</source>
        <translation>Colofnau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Join dates are written:</source>
        <translation>Mae dyddiadau ymuno wedi&apos;u hysgrifennu:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview: the first {0} rows</source>
        <translation>Rhagolwg: y {0} rhes gyntaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview: no rows under the header</source>
        <translation>Rhagolwg: dim rhesi o dan y pennawd</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{0} has only a header row: there are no members in it to import.</source>
        <translation>Dim ond rhes bennawd sydd yn {0}: nid oes aelodau ynddi i&apos;w mewnforio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} is chosen for more than one column; choose it once.</source>
        <translation>Mae {0} wedi&apos;i ddewis ar gyfer mwy nag un golofn; dewiswch ef unwaith.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the column holding the membership number: members are matched by it.</source>
        <translation>Dewiswch y golofn sy&apos;n cynnwys y rhif aelodaeth: caiff aelodau eu paru yn ôl y rhif hwnnw.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{0} cannot be read as &quot;{1}&quot;: this row will be skipped.</source>
        <translation>Ni ellir darllen {0} fel &quot;{1}&quot;: bydd y rhes hon yn cael ei hepgor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No join date shown above can be read as &quot;{0}&quot;: choose how the dates are written, or these rows will be skipped.</source>
        <translation>Ni ellir darllen yr un dyddiad ymuno uchod fel &quot;{0}&quot;: dewiswch sut mae&apos;r dyddiadau wedi&apos;u hysgrifennu, neu bydd y rhesi hyn yn cael eu hepgor.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Importing {0}…</source>
        <translation>Wrthi&apos;n mewnforio {0}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing the roll</source>
        <translation>Wrthi&apos;n mewnforio&apos;r rhestr aelodau</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Cancel import</source>
        <translation>Canslo&apos;r mewnforio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import progress</source>
        <translation>Cynnydd y mewnforio</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelling: undoing everything imported so far…</source>
        <translation>Wrthi&apos;n canslo: yn dadwneud popeth a fewnforiwyd hyd yma…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import cancelled: nothing was written; the roll is unchanged.</source>
        <translation>Canslwyd y mewnforio: ni ysgrifennwyd dim; mae&apos;r rhestr aelodau heb ei newid.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The import failed and nothing was written:
{0}</source>
        <translation>Methodd y mewnforio ac ni ysgrifennwyd dim:
{0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/roll/import_summary.py" line="+14"/>
        <source>Import result</source>
        <translation>Canlyniad y mewnforio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import figures</source>
        <translation>Ffigurau&apos;r mewnforio</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Skipped rows</source>
        <translation>Rhesi a hepgorwyd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy list</source>
        <translation>Copïo&apos;r rhestr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the skipped rows</source>
        <translation>Copïo&apos;r rhesi a hepgorwyd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save list…</source>
        <translation>Cadw&apos;r rhestr…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>Save the skipped rows</source>
        <translation>Cadw&apos;r rhesi a hepgorwyd</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Skipped rows list</source>
        <translation>Rhestr y rhesi a hepgorwyd</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Check these</source>
        <translation>Gwiriwch y rhain</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import finished: {0}</source>
        <translation>Mewnforio wedi gorffen: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Check: {0:,} members were not in this file and are now marked as left. If this was not the complete export, import the complete one.</source>
        <translation>
Gwiriwch: doedd {0:,} aelod ddim yn y ffeil hon ac maen nhw bellach wedi&apos;u nodi fel rhai sydd wedi gadael. Os nad hwn oedd yr allforiad cyflawn, mewnforiwch yr un cyflawn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New members imported: {0:,}
Members updated: {1:,}
Unchanged: {2:,}
Marked as left (not in this file): {3:,}
Rows skipped: {4:,}</source>
        <translation>Aelodau newydd a fewnforiwyd: {0:,}
Aelodau a ddiweddarwyd: {1:,}
Heb eu newid: {2:,}
Wedi&apos;u nodi fel wedi gadael (ddim yn y ffeil hon): {3:,}
Rhesi a hepgorwyd: {4:,}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line {0}: {1}</source>
        <translation>Llinell {0}: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped rows ({0}) — fix them in the file and import again</source>
        <translation>Rhesi a hepgorwyd ({0}) — cywirwch nhw yn y ffeil a mewnforio eto</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{0:,} lines copied.</source>
        <translation>Copïwyd {0:,} llinell.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text files (*.txt)</source>
        <translation>Ffeiliau testun (*.txt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} - skipped rows.txt</source>
        <translation>{0} - rhesi a hepgorwyd.txt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not save {0}: {1}</source>
        <translation>Methu cadw {0}: {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to {0}</source>
        <translation>Wedi&apos;i gadw yn {0}</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Line {0}: {1}, {2}: kept &quot;{3}&quot;, entered by hand; the file says &quot;{4}&quot;. To take the file&apos;s value, correct the member.</source>
        <translation>Llinell {0}: {1}, {2}: cadwyd &quot;{3}&quot;, a gofnodwyd â llaw; mae&apos;r ffeil yn dweud &quot;{4}&quot;. I gymryd gwerth y ffeil, cywirwch yr aelod.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} {1}, already registered, may now vote: {2}</source>
        <translation>{0} {1}, wedi cofrestru eisoes, yn cael pleidleisio bellach: {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} {1}, already registered, may no longer vote: {2}</source>
        <translation>{0} {1}, wedi cofrestru eisoes, ddim yn cael pleidleisio bellach: {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check these ({0})</source>
        <translation>Gwiriwch y rhain ({0})</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <location filename="../../ballotdesk/ui/documents/integrity.py" line="-169"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Ffeiliau PDF (*.pdf);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Tystysgrifau (*.pem *.crt);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate files (*.p12 *.pfx);;All files (*)</source>
        <translation>Ffeiliau tystysgrif (*.p12 *.pfx);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it can no longer be read</source>
        <translation>ni ellir ei darllen mwyach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its signature is damaged</source>
        <translation>mae ei llofnod wedi&apos;i ddifrodi</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The sheet is exactly as it was signed by {0} on {1}; nothing has been changed since.</source>
        <translation>Mae&apos;r daflen yn union fel y cafodd ei llofnodi gan {0} ar {1}; does dim wedi newid ers hynny.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sheet is exactly as it was signed by {0}; nothing has been changed since.</source>
        <translation>Mae&apos;r daflen yn union fel y cafodd ei llofnodi gan {0}; does dim wedi newid ers hynny.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed with this installation&apos;s certificate.</source>
        <translation>Wedi&apos;i llofnodi â thystysgrif y gosodiad hwn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed with the certificate whose fingerprint you trust.</source>
        <translation>Wedi&apos;i llofnodi â&apos;r dystysgrif rydych chi&apos;n ymddiried yn ei hôl bys.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed with a certificate issued by {0}, which you trust.</source>
        <translation>Wedi&apos;i llofnodi â thystysgrif a roddwyd gan {0}, rydych chi&apos;n ymddiried ynddo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intact</source>
        <translation>Yn gyfan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sheet is exactly as it was signed, but by a key this installation does not know, calling itself “{0}”. Anyone can make a key with any name.</source>
        <translation>Mae&apos;r daflen yn union fel y cafodd ei llofnodi, ond gan allwedd nad yw&apos;r gosodiad hwn yn ei hadnabod, sy&apos;n galw ei hun yn “{0}”. Gall unrhyw un wneud allwedd ag unrhyw enw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identity unknown: compare the fingerprint with the one your organisation published before trusting this sheet.</source>
        <translation>Hunaniaeth anhysbys: cymharwch yr ôl bys â&apos;r un a gyhoeddodd eich sefydliad cyn ymddiried yn y daflen hon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identity unknown</source>
        <translation>Hunaniaeth anhysbys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fingerprint printed on the sheet is not the one of the key that signed it: someone signed it again with another key. It is not the sheet that was declared. Ask the secretary for the original.</source>
        <translation>Nid ôl bys yr allwedd a&apos;i llofnododd yw&apos;r ôl bys sydd wedi&apos;i argraffu ar y daflen: mae rhywun wedi&apos;i llofnodi eto ag allwedd arall. Nid hon yw&apos;r daflen a gyhoeddwyd. Gofynnwch i&apos;r ysgrifennydd am y gwreiddiol.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forged</source>
        <translation>Wedi&apos;i ffugio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file was changed after it was signed, so it is not the sheet that was declared. Ask the secretary for the original.</source>
        <translation>Cafodd y ffeil hon ei newid ar ôl iddi gael ei llofnodi, felly nid hon yw&apos;r daflen a gyhoeddwyd. Gofynnwch i&apos;r ysgrifennydd am y gwreiddiol.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modified</source>
        <translation>Wedi&apos;i newid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not signed</source>
        <translation>Heb ei llofnodi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This PDF carries no signature, so nothing shows who made it or whether it was changed. A BallotDesk result sheet saved with Save as PDF… is always signed.</source>
        <translation>Does dim llofnod ar y PDF hwn, felly does dim i ddangos pwy a&apos;i gwnaeth nac a gafodd ei newid. Mae taflen canlyniad BallotDesk a gadwyd drwy Cadw fel PDF… bob amser wedi&apos;i llofnodi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not a PDF: the file is empty, so it is not a result sheet. Ask the secretary for the sheet again.</source>
        <translation>Nid PDF: mae&apos;r ffeil yn wag, felly nid yw&apos;n ddalen ganlyniad. Gofynnwch i&apos;r ysgrifennydd am y ddalen eto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a PDF: this file cannot be read as a PDF, so it is not a result sheet. Ask the secretary for the sheet again.</source>
        <translation>Nid PDF: ni ellir darllen y ffeil hon fel PDF, felly nid yw&apos;n ddalen ganlyniad. Gofynnwch i&apos;r ysgrifennydd am y ddalen eto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a result sheet</source>
        <translation>Nid taflen canlyniad</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>{0} is {1:,} MB; a result sheet is far smaller. Choose the sheet itself.</source>
        <translation>Mae {0} yn {1:,} MB; mae taflen canlyniad yn llawer llai. Dewiswch y daflen ei hun.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+16"/>
        <source>Verify a result sheet</source>
        <translation>Gwirio taflen canlyniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} could not be read: {1}</source>
        <translation>Doedd dim modd darllen {0}: {1}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export signing certificate</source>
        <translation>Allforio&apos;r dystysgrif llofnodi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This installation has no signing certificate yet. Open a meeting and choose this again to make one, or sign a result sheet, which makes it.</source>
        <translation>Does gan y gosodiad hwn ddim tystysgrif llofnodi eto. Agorwch gyfarfod a dewiswch hwn eto i greu un, neu llofnodwch daflen canlyniad, sy&apos;n ei chreu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This installation has no signing certificate yet. Make one now for {0}? Every result sheet signed here will carry it, so publish its fingerprint before the meeting.</source>
        <translation>Does gan y gosodiad hwn ddim tystysgrif llofnodi eto. Creu un nawr ar gyfer {0}? Bydd pob taflen canlyniad a lofnodir yma yn ei chario, felly cyhoeddwch ei hôl bys cyn y cyfarfod.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The certificate could not be made: {0}</source>
        <translation>Doedd dim modd creu&apos;r dystysgrif: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>signing certificate</source>
        <translation>tystysgrif llofnodi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} is a meeting file; the certificate was not written over it. Choose a name ending in .pem.</source>
        <translation>Ffeil cyfarfod yw {0}; ni ysgrifennwyd y dystysgrif drosti. Dewiswch enw sy&apos;n gorffen â .pem.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} could not be written to {1}: {2}</source>
        <translation>Doedd dim modd ysgrifennu {0} i {1}: {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate of {0} was saved to {1}.

Its fingerprint (SHA-256) is
{2}

Publish the fingerprint (newsletter, website, notice board) so members can check that a result sheet was signed here.</source>
        <translation>Cadwyd tystysgrif {0} yn {1}.

Ei hôl bys (SHA-256) yw
{2}

Cyhoeddwch yr ôl bys (cylchlythyr, gwefan, hysbysfwrdd) fel y gall aelodau wirio bod taflen canlyniad wedi&apos;i llofnodi yma.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import organisation certificate</source>
        <translation>Mewnforio tystysgrif y sefydliad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password of {0}:</source>
        <translation>Cyfrinair {0}:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Result sheets are signed from now on with the certificate of {0}, issued by {1}. Its password is asked each time a sheet is signed.

Its fingerprint (SHA-256) is
{2}</source>
        <translation>O hyn ymlaen, caiff taflenni canlyniad eu llofnodi â thystysgrif {0}, a roddwyd gan {1}. Gofynnir am ei chyfrinair bob tro y caiff taflen ei llofnodi.

Ei hôl bys (SHA-256) yw
{2}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign the result sheet</source>
        <translation>Llofnodi&apos;r daflen ganlyniad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The password of the certificate of {0} (not the chair&apos;s PIN):</source>
        <translation>Cyfrinair tystysgrif {0} (nid PIN y cadeirydd):</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../ballotdesk/ui/ballots/issue_dialog.py" line="+43"/>
        <source>Issue papers: {0}</source>
        <translation>Dosbarthu papurau: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered attendees who may vote and hold no paper for this ballot. Select one or more (Ctrl or Shift for several), choose the box, then Issue.</source>
        <translation>Y rhai sydd wedi cofrestru, sy&apos;n gymwys i bleidleisio ac sydd heb bapur ar gyfer y bleidlais hon. Dewiswch un neu ragor (Ctrl neu Shift i ddewis sawl un), dewiswch y blwch, yna Dosbarthu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Find by name or number</source>
        <translation>Chwilio yn ôl enw neu rif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attendees without a paper</source>
        <translation>Y rhai sy&apos;n bresennol heb bapur</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select &amp;all shown</source>
        <translation>Dewis &amp;pob un a ddangosir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select all shown</source>
        <translation>Dewis pob un a ddangosir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Into &amp;box:</source>
        <translation>I&apos;r &amp;blwch:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Box</source>
        <translation>Blwch</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Issue</source>
        <translation>&amp;Dosbarthu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue</source>
        <translation>Dosbarthu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0} selected</source>
        <translation>{0} wedi&apos;u dewis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone present holds a paper.</source>
        <translation>Mae gan bawb sy&apos;n bresennol bapur.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../ballotdesk/ui/shell/language.py" line="+29"/>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show BallotDesk in {0}</source>
        <translation>Dangos BallotDesk yn {0}</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <location filename="../../ballotdesk/domain/ballot.py" line="-91"/>
        <source>still a draft</source>
        <translation>yn dal yn ddrafft</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ballotdesk/services/ballots.py" line="-205"/>
        <source>open</source>
        <translation>ar agor</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ballotdesk/services/ballots.py" line="+1"/>
        <source>closed</source>
        <translation>ar gau</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ballotdesk/services/ballots.py" line="+1"/>
        <source>being counted</source>
        <translation>yn cael ei chyfrif</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ballotdesk/services/ballots.py" line="+1"/>
        <source>counted</source>
        <translation>wedi&apos;i chyfrif</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ballotdesk/services/ballots.py" line="+1"/>
        <source>declared</source>
        <translation>wedi&apos;i chyhoeddi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it must be opened before it can be closed.</source>
        <translation>rhaid ei hagor cyn y gellir ei chau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it must be opened and closed before counting starts.</source>
        <translation>rhaid ei hagor a&apos;i chau cyn i&apos;r cyfrif ddechrau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it must be opened, closed and counted before the count can be finished.</source>
        <translation>rhaid ei hagor, ei chau a&apos;i chyfrif cyn y gellir gorffen y cyfrif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it must be opened, closed and counted before a result can be declared.</source>
        <translation>rhaid ei hagor, ei chau a&apos;i chyfrif cyn y gellir cyhoeddi canlyniad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it must be closed before counting starts.</source>
        <translation>rhaid ei chau cyn i&apos;r cyfrif ddechrau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it must be closed and counted before the count can be finished.</source>
        <translation>rhaid ei chau a&apos;i chyfrif cyn y gellir gorffen y cyfrif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it must be closed and counted before a result can be declared.</source>
        <translation>rhaid ei chau a&apos;i chyfrif cyn y gellir cyhoeddi canlyniad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>counting must start before the count can be finished.</source>
        <translation>rhaid i&apos;r cyfrif ddechrau cyn y gellir ei orffen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it must be counted before a result can be declared.</source>
        <translation>rhaid ei chyfrif cyn y gellir cyhoeddi canlyniad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the count must be finished before a result can be declared.</source>
        <translation>rhaid gorffen y cyfrif cyn y gellir cyhoeddi canlyniad.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The ballot is already {0}.</source>
        <translation>Mae&apos;r bleidlais eisoes {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The result has been declared; the ballot can no longer change.</source>
        <translation>Mae&apos;r canlyniad wedi&apos;i gyhoeddi; ni ellir newid y bleidlais mwyach.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ballot is {0}; {1}</source>
        <translation>Mae&apos;r bleidlais {0}; {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ballot has been opened, so it cannot go back to draft; create a new ballot instead.</source>
        <translation>Mae&apos;r bleidlais wedi&apos;i hagor, felly ni all fynd yn ôl yn ddrafft; crëwch bleidlais newydd yn lle hynny.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voting has ended; the ballot cannot be reopened for voting.</source>
        <translation>Mae&apos;r pleidleisio wedi dod i ben; ni ellir ailagor y bleidlais i bleidleisio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ballot has been counted; a recount goes back to counting, not to closed.</source>
        <translation>Mae&apos;r bleidlais wedi&apos;i chyfrif; mae ailgyfrif yn mynd yn ôl i gyfrif, nid i &apos;ar gau&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counting has started; the ballot cannot go back to closed.</source>
        <translation>Mae&apos;r cyfrif wedi dechrau; ni all y bleidlais fynd yn ôl i &apos;ar gau&apos;.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ballotdesk/ui/shell/main_window.py" line="+107"/>
        <source>Pages</source>
        <translation>Tudalennau</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/shell/menus.py" line="+56"/>
        <source>Open &amp;Recent</source>
        <translation>Agor &amp;Diweddar</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/shell/main_window.py" line="+13"/>
        <source>Quorum</source>
        <translation>Cworwm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>Log archwilio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Copïau wrth gefn</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/shell/menus.py" line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>Gwe&amp;ld</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/shell/file_commands.py" line="+74"/>
        <source>New meeting</source>
        <translation>Cyfarfod newydd</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+70"/>
        <source>Open meeting</source>
        <translation>Agor cyfarfod</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>{0} was last written on another computer (or by an older BallotDesk). Its record is intact, and so far authenticated as follows:

{1}

Continue the meeting on this computer? The hand-over is logged, and this computer&apos;s key authenticates the record from now on.</source>
        <translation>Cafodd {0} ei hysgrifennu ddiwethaf ar gyfrifiadur arall (neu gan fersiwn hŷn o BallotDesk). Mae ei chofnod yn gyfan, ac wedi&apos;i ddilysu hyd yma fel a ganlyn:

{1}

Parhau â&apos;r cyfarfod ar y cyfrifiadur hwn? Caiff y trosglwyddo ei gofnodi, ac o hyn ymlaen allwedd y cyfrifiadur hwn fydd yn dilysu&apos;r cofnod.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+30"/>
        <source>Continue the meeting here</source>
        <translation>Parhau â&apos;r cyfarfod yma</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+41"/>
        <source>Taken over in File › Open</source>
        <translation>Cymerwyd drosodd drwy Ffeil › Agor</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Opened {0}. Every change is saved as it is made.</source>
        <translation>Agorwyd {0}. Caiff pob newid ei gadw wrth iddo gael ei wneud.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Save a copy</source>
        <translation>Cadw copi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A copy was saved to {0}.</source>
        <translation>Cadwyd copi yn {0}.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/shell/main_window.py" line="+117"/>
        <source>About BallotDesk</source>
        <translation>Ynghylch BallotDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BallotDesk {0}
Run in-person meeting ballots: roll, registration desk, papers, counts and result sheets, entirely offline.
Licence: GPL-3.0-or-later.</source>
        <translation>BallotDesk {0}
Cynnal pleidleisiau mewn cyfarfodydd wyneb yn wyneb: rhestr aelodau, desg gofrestru, papurau, cyfrifon a thaflenni canlyniad, a&apos;r cyfan all-lein.
Trwydded: GPL-3.0-or-later.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/shell/file_commands.py" line="+37"/>
        <source>No recent meetings</source>
        <translation>Dim cyfarfodydd diweddar</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/shell/main_window.py" line="+13"/>
        <source>No meeting open</source>
        <translation>Does dim cyfarfod ar agor</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Checking the audit log ({0} events)…</source>
        <translation>Wrthi&apos;n gwirio&apos;r log archwilio ({0} digwyddiad)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit log intact: {0} events</source>
        <translation>Log archwilio&apos;n gyfan: {0} digwyddiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest audit digest: {0}</source>
        <translation>Crynhoad archwilio diweddaraf: {0}</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/shell/menus.py" line="-16"/>
        <source>&amp;Meeting</source>
        <translation>C&amp;yfarfod</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <location filename="../../ballotdesk/services/desk.py" line="-150"/>
        <source>guest</source>
        <translation>gwestai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provisional</source>
        <translation>dros dro</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/domain/text.py" line="+15"/>
        <source>title</source>
        <translation>teitl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>venue</source>
        <translation>lleoliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation</source>
        <translation>sefydliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chair</source>
        <translation>cadeirydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secretary</source>
        <translation>ysgrifennydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>membership number</source>
        <translation>rhif aelodaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first name</source>
        <translation>enw cyntaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last name</source>
        <translation>cyfenw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ward</source>
        <translation>ward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postcode</source>
        <translation>cod post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>statws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail address</source>
        <translation>cyfeiriad e-bost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>nodyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason</source>
        <translation>rheswm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ballot title</source>
        <translation>teitl y bleidlais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>question</source>
        <translation>cwestiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>option</source>
        <translation>dewis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>box name</source>
        <translation>enw&apos;r blwch</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>a line break</source>
        <translation>toriad llinell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an invisible character (U+{0})</source>
        <translation>nod anweledig (U+{0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {0} has {1} at character {2}; remove it (it would be stored unseen, then shown and printed wrongly).</source>
        <translation>Maes {0}: mae {1} yn nod {2}; tynnwch ef (byddai&apos;n cael ei gadw heb ei weld, yna&apos;n cael ei ddangos a&apos;i argraffu&apos;n anghywir).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {0} is {1} characters long; it may be at most {2}.</source>
        <translation>Maes {0}: mae&apos;n {1} nod o hyd; gall fod yn {2} ar y mwyaf.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/services/meeting.py" line="+42"/>
        <source>The cut-off ({0}) is after the meeting date ({1}): members cannot join after the meeting to vote at it. Check the year.</source>
        <translation>Mae&apos;r dyddiad terfyn ({0}) ar ôl dyddiad y cyfarfod ({1}): ni all aelodau ymuno ar ôl y cyfarfod i bleidleisio ynddo. Gwiriwch y flwyddyn.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;{0}&apos; is not a date; write it as year-month-day (e.g. 2026-03-21).</source>
        <translation>Nid yw &apos;{0}&apos; yn ddyddiad; ysgrifennwch ef fel blwyddyn-mis-diwrnod (e.e. 2026-03-21).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Documents cannot be printed in &apos;{0}&apos;; choose one of {1}.</source>
        <translation>Ni ellir argraffu dogfennau yn &apos;{0}&apos;; dewiswch un o {1}.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+181"/>
        <source>A meeting needs a title.</source>
        <translation>Mae angen teitl ar gyfarfod.</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>A copy must go to another file than the open meeting.</source>
        <translation>Rhaid i gopi fynd i ffeil wahanol i&apos;r cyfarfod agored.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy could not be written: the folder {0} does not exist.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r copi: nid yw&apos;r ffolder {0} yn bodoli.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} is open in {1}; close it there before saving a copy over it.</source>
        <translation>Mae {0} ar agor yn {1}; caewch ef yno cyn cadw copi drosto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The copy written to {0} failed its check and was removed: {1}</source>
        <translation>Methodd y copi a ysgrifennwyd i {0} ei wiriad, a chafodd ei ddileu: {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The copy could not be written to {0}: {1}.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r copi i {0}: {1}.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&apos;{0}&apos; is not a meeting setting.</source>
        <translation>Nid yw &apos;{0}&apos; yn un o osodiadau&apos;r cyfarfod.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/services/roll_import.py" line="+133"/>
        <source>{0} has no member that could be imported ({1} rows with problems); the roll is unchanged.</source>
        <translation>Does dim aelod y gellid ei fewnforio yn {0} ({1} rhes â phroblemau); nid yw&apos;r gofrestr wedi newid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> First problem: line {0}: {1}.</source>
        <translation> Y broblem gyntaf: llinell {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/services/roll.py" line="+116"/>
        <source>A member needs a membership number.</source>
        <translation>Mae angen rhif aelodaeth ar aelod.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Membership number {0} is already on the roll ({1}); to change their details, select them on the roll and choose Edit member.</source>
        <translation>Mae rhif aelodaeth {0} ar y gofrestr eisoes ({1}); i newid eu manylion, dewiswch nhw ar y gofrestr a dewis Golygu aelod.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/services/desk.py" line="+247"/>
        <source>Say why this person is admitted provisionally (e.g. &apos;renewed last week&apos;).</source>
        <translation>Nodwch pam mae&apos;r person hwn yn cael ei dderbyn dros dro (e.e. &apos;adnewyddodd yr wythnos diwethaf&apos;).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A {0} attendee needs a name.</source>
        <translation>Mae angen enw ar fynychwr ({0}).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only a provisional attendee&apos;s vote can be approved.</source>
        <translation>Dim ond pleidlais mynychwr dros dro y gellir ei chymeradwyo.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{0} is no longer the latest registration, so it is not taken back.</source>
        <translation>Nid {0} yw&apos;r cofrestriad diweddaraf bellach, felly nid yw&apos;n cael ei ddadwneud.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} already holds a ballot paper, so the registration cannot be undone, even once the paper is withdrawn. Take the paper back, withdraw it (Ballots page) and mark them as departed (Attendance page).</source>
        <translation>Mae gan {0} bapur pleidleisio eisoes, felly ni ellir dadwneud y cofrestriad, hyd yn oed ar ôl tynnu&apos;r papur yn ôl. Cymerwch y papur yn ôl, tynnwch ef yn ôl (tudalen Pleidleisiau) a nodwch eu bod wedi gadael (tudalen Presenoldeb).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>There is no attendee {0}.</source>
        <translation>Does dim mynychwr {0}.</translation>
    </message>
</context>
<context>
    <name>MeetingFile</name>
    <message>
        <location filename="../../ballotdesk/store/meeting_file.py" line="-10"/>
        <source>{0} was not found at {1}.</source>
        <translation>Ni chafwyd hyd i {0} yn {1}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} is a folder, not a meeting file.</source>
        <translation>Ffolder yw {0}, nid ffeil cyfarfod.</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+11"/>
        <source>{0} cannot be read: {1}.</source>
        <translation>Ni ellir darllen {0}: {1}.</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>{0} was not completely written (its last change is still in a journal file beside it).</source>
        <translation>Ni chafodd {0} ei ysgrifennu&apos;n llawn (mae ei newid olaf yn dal mewn ffeil log wrth ei hochr).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{0} was last written by another installation of BallotDesk, or by an older version. Its record is intact, and so far authenticated as follows:
{1}
To continue the meeting on this computer, take the record over with &apos;ballotdesk take-over {0}&apos; (the app asks when it opens the file): the hand-over is logged, and this computer&apos;s key authenticates the record from then on.</source>
        <translation>Cafodd {0} ei hysgrifennu ddiwethaf gan osodiad arall o BallotDesk, neu gan fersiwn hŷn. Mae ei chofnod yn gyfan, ac wedi&apos;i ddilysu hyd yma fel a ganlyn:
{1}
I barhau â&apos;r cyfarfod ar y cyfrifiadur hwn, cymerwch y cofnod drosodd â &apos;ballotdesk take-over {0}&apos; (mae&apos;r ap yn gofyn pan fydd yn agor y ffeil): caiff y trosglwyddo ei gofnodi, ac o hynny ymlaen allwedd y cyfrifiadur hwn fydd yn dilysu&apos;r cofnod.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{0} is empty (0 bytes); it is not a BallotDesk meeting file.</source>
        <translation>Mae {0} yn wag (0 beit); nid yw&apos;n ffeil cyfarfod BallotDesk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is not a BallotDesk meeting file (it is not a database).</source>
        <translation>Nid yw {0} yn ffeil cyfarfod BallotDesk (nid yw&apos;n gronfa ddata).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is damaged: the file is cut short. Restore it from a backup.</source>
        <translation>Mae {0} wedi&apos;i difrodi: mae&apos;r ffeil wedi&apos;i thorri&apos;n fyr. Adferwch hi o gopi wrth gefn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} is a database made by another program, not a BallotDesk meeting file.</source>
        <translation>Mae {0} yn gronfa ddata a wnaed gan raglen arall, nid yn ffeil cyfarfod BallotDesk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} was made by a newer version of BallotDesk (file format {1}; this version reads up to {2}). Update BallotDesk to open it.</source>
        <translation>Gwnaed {0} gan fersiwn mwy newydd o BallotDesk (fformat ffeil {1}; mae&apos;r fersiwn hwn yn darllen hyd at {2}). Diweddarwch BallotDesk i&apos;w hagor.</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+3"/>
        <source>{0} is damaged ({1}). Restore it from a backup.</source>
        <translation>Mae {0} wedi&apos;i difrodi ({1}). Adferwch hi o gopi wrth gefn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} has been changed outside BallotDesk and is not opened: {1} Run &apos;ballotdesk verify&apos; for the details, or restore a backup.</source>
        <translation>Mae {0} wedi&apos;i newid y tu allan i BallotDesk, felly nid yw&apos;n cael ei hagor: {1} Rhedwch &apos;ballotdesk verify&apos; i gael y manylion, neu adferwch gopi wrth gefn.</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>{0} cannot be opened: BallotDesk cannot write to it in {1} ({2}), and it saves every change in the file as it is made. Copy the file to a folder you can write to, or clear its read-only setting, then open it again.</source>
        <translation>Ni ellir agor {0}: ni all BallotDesk ysgrifennu iddo yn {1} ({2}), ac mae&apos;n cadw pob newid yn y ffeil wrth iddo gael ei wneud. Copïwch y ffeil i ffolder y gallwch ysgrifennu iddo, neu dilëwch ei osodiad darllen-yn-unig, yna agorwch hi eto.</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+7"/>
        <location filename="../../ballotdesk/store/meeting_store.py" line="+114"/>
        <source>{0} already exists; choose another name.</source>
        <translation>Mae {0} yn bodoli eisoes; dewiswch enw arall.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/store/meeting_store.py" line="+3"/>
        <source>{0} cannot be created: the folder {1} does not exist.</source>
        <translation>Ni ellir creu {0}: nid yw&apos;r ffolder {1} yn bodoli.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{0} is still being checked (its record is read through once when it is opened), so nothing can be changed yet. Try again in a moment.</source>
        <translation>Mae {0} yn dal i gael ei wirio (darllenir ei gofnod drwyddo unwaith pan gaiff ei agor), felly ni ellir newid dim eto. Rhowch gynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/store/meeting_file.py" line="-3"/>
        <location filename="../../ballotdesk/store/meeting_store.py" line="-60"/>
        <location line="+7"/>
        <location line="+16"/>
        <source>{0} cannot be created: {1}.</source>
        <translation>Ni ellir creu {0}: {1}.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>The disk holding {0} is full, so the change was not saved (the meeting is as it was before it). Free some space in {1}, then try again.</source>
        <translation>Mae&apos;r ddisg sy&apos;n dal {0} yn llawn, felly ni chadwyd y newid (mae&apos;r cyfarfod fel yr oedd cyn hynny). Rhyddhewch ychydig o le yn {1}, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>{0} is already open in {1}. Close it there first; two programs must never write to one meeting.</source>
        <translation>Mae {0} eisoes ar agor yn {1}. Caewch y ffeil yno yn gyntaf; ni ddylai dwy raglen fyth ysgrifennu i&apos;r un cyfarfod.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{0} cannot be opened: the disk holding it is full, and BallotDesk saves every change as it is made. Free some space in {1}, then open it again.</source>
        <translation>Ni ellir agor {0}: mae&apos;r ddisg sy&apos;n ei dal yn llawn, ac mae BallotDesk yn cadw pob newid wrth iddo gael ei wneud. Rhyddhewch ychydig o le yn {1}, yna agorwch hi eto.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/store/meeting_store.py" line="+149"/>
        <source>{0} is being read by {1}, which held it for more than {2} seconds, so the change was not saved (the meeting is as it was before it). Try again when it has finished.</source>
        <translation>Mae {1} yn darllen {0}, ac wedi&apos;i dal am fwy na {2} eiliad, felly ni chadwyd y newid (mae&apos;r cyfarfod fel yr oedd cyn hynny). Rhowch gynnig arall arni pan fydd wedi gorffen.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/store/meeting_file.py" line="+124"/>
        <source>{0} cannot be read.</source>
        <translation>Ni ellir darllen {0}.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/store/meeting_store.py" line="+123"/>
        <source>A change is still being written (the roll import); try again when it is done.</source>
        <translation>Mae newid yn dal i gael ei ysgrifennu (mewnforio&apos;r rhestr aelodau); rhowch gynnig arall arni pan fydd wedi gorffen.</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../ballotdesk/ui/meeting/page.py" line="+44"/>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>Cadeirydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary</source>
        <translation>Ysgrifennydd</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Meeting</source>
        <translation>Cyfarfod</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+34"/>
        <source>Meeting date</source>
        <translation>Dyddiad y cyfarfod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Dyddiad:</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+35"/>
        <source>Language of printed documents</source>
        <translation>Iaith y dogfennau printiedig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result sheets, ballot papers and registers are printed in this language, whatever language the interface shows</source>
        <translation>Caiff taflenni canlyniad, papurau pleidleisio a chofrestrau eu hargraffu yn yr iaith hon, pa iaith bynnag a ddangosir yn y rhyngwyneb</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of printed documents:</source>
        <translation>Iaith y dogfennau printiedig:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules</source>
        <translation>Rheolau</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Members who joined after this date may attend but not vote</source>
        <translation>Caiff aelodau a ymunodd ar ôl y dyddiad hwn fod yn bresennol ond nid pleidleisio</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+1"/>
        <source>Use a cut-off date</source>
        <translation>Defnyddio dyddiad terfyn</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+54"/>
        <source>Cut-off date</source>
        <translation>Dyddiad terfyn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cut-off:</source>
        <translation>Dyddiad terfyn:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When no status is ticked, every status may vote.</source>
        <translation>Pan nad oes statws wedi&apos;i dicio, caiff pob statws bleidleisio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voting statuses:</source>
        <translation>Statysau pleidleisio:</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+70"/>
        <source>Quorum</source>
        <translation>Cworwm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number (40) or a percentage (5%)</source>
        <translation>nifer (40) neu ganran (5%)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quorum:</source>
        <translation>Cworwm:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Four-eyes counting: two tellers enter each box&apos;s count independently</source>
        <translation>Cyfrif pedwar llygad: mae dau rifwr yn cofnodi cyfrif pob blwch yn annibynnol</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+79"/>
        <location line="+1"/>
        <source>Four-eyes counting</source>
        <translation>Cyfrif pedwar llygad</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Voting statuses</source>
        <translation>Statwsau pleidleisio</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Counting:</source>
        <translation>Cyfrif:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+222"/>
        <source>Save changes</source>
        <translation>Cadw&apos;r newidiadau</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>Save meeting details</source>
        <translation>Cadw manylion y cyfarfod</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+219"/>
        <source>Discard changes</source>
        <translation>Hepgor y newidiadau</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>Discard unsaved meeting changes</source>
        <translation>Hepgor newidiadau heb eu cadw i&apos;r cyfarfod</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save status</source>
        <translation>Statws cadw</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Roll summary</source>
        <translation>Crynodeb o&apos;r rhestr aelodau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance summary</source>
        <translation>Crynodeb o&apos;r presenoldeb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll</source>
        <translation>Rhestr aelodau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendance</source>
        <translation>Presenoldeb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chair and personal data</source>
        <translation>Y cadeirydd a data personol</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Change chair PIN…</source>
        <translation>Newid PIN y cadeirydd…</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Change chair PIN</source>
        <translation>Newid PIN y cadeirydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set or change the PIN the chair types to declare results</source>
        <translation>Gosod neu newid y PIN y mae&apos;r cadeirydd yn ei deipio i gyhoeddi canlyniadau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purge personal data…</source>
        <translation>Dileu data personol…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+284"/>
        <source>Purge personal data</source>
        <translation>Dileu data personol</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>After the meeting: remove names and contact details, keep the figures and the audit log</source>
        <translation>Ar ôl y cyfarfod: dileu enwau a manylion cyswllt, cadw&apos;r ffigurau a&apos;r log archwilio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Teller codes…</source>
        <translation>Codau rhifwyr…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+261"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>Teller codes</source>
        <translation>Codau rhifwyr</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>Name a teller and hand them a code: each count entry is then made under the teller&apos;s own name and code</source>
        <translation>Enwi rhifwr a rhoi cod iddo: yna caiff pob cofnod cyfrif ei wneud dan enw a chod y rhifwr ei hun</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chair PIN state</source>
        <translation>Statws PIN y cadeirydd</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Unsaved changes.</source>
        <translation>Newidiadau heb eu cadw.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No meeting is open.</source>
        <translation>Does dim cyfarfod ar agor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chair&apos;s PIN is set: declaring, amending and changing the rules ask for it.</source>
        <translation>Mae PIN y cadeirydd wedi&apos;i osod: mae angen ei roi i gyhoeddi, diwygio a newid y rheolau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No chair&apos;s PIN is set: anyone at this laptop can declare results.</source>
        <translation>Does dim PIN cadeirydd wedi&apos;i osod: gall unrhyw un wrth y gliniadur hwn gyhoeddi canlyniadau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set chair PIN…</source>
        <translation>Gosod PIN y cadeirydd…</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+16"/>
        <source>(no status)</source>
        <translation>(dim statws)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Status {0} may vote</source>
        <translation>Caiff statws {0} bleidleisio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Members with no status may vote only when no status is ticked.</source>
        <translation>Gall aelodau heb statws bleidleisio dim ond pan nad oes statws wedi&apos;i dicio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} ({1:,} members)</source>
        <translation>{0} ({1:,} aelod)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the roll to choose which statuses may vote.</source>
        <translation>Mewnforiwch y rhestr aelodau i ddewis pa statysau gaiff bleidleisio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the statuses that may vote. When none is ticked, every status may vote.</source>
        <translation>Ticiwch y statysau sy&apos;n cael pleidleisio. Pan nad oes un wedi&apos;i dicio, caiff pob statws bleidleisio.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+3"/>
        <source>Save meeting</source>
        <translation>Cadw&apos;r cyfarfod</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved {0} change(s): {1}.</source>
        <translation>Cadwyd {0} newid: {1}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing changed.</source>
        <translation>Dim wedi newid.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unsaved meeting changes</source>
        <translation>Newidiadau i&apos;r cyfarfod heb eu cadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting&apos;s details and rules have changes that are not saved.</source>
        <translation>Mae newidiadau i fanylion a rheolau&apos;r cyfarfod heb eu cadw.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the roll: {0:,}
May vote under the rules: {1:,}
May attend but not vote: {2:,}
Statuses: {3}
Cut-off: {4}</source>
        <translation>Ar y rhestr aelodau: {0:,}
Yn gymwys i bleidleisio dan y rheolau: {1:,}
Cael bod yn bresennol ond nid pleidleisio: {2:,}
Statysau: {3}
Dyddiad terfyn: {4}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No quorum is set: the meeting may vote with any number present.</source>
        <translation>Nid oes cworwm wedi&apos;i osod: gall y cyfarfod bleidleisio gydag unrhyw nifer yn bresennol.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} of {1:,} eligible members = {2:,} needed.</source>
        <translation>{0} o {1:,} aelod cymwys = angen {2:,}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0:,} members who may vote must be present.</source>
        <translation>Rhaid i {0:,} aelod sy&apos;n gymwys i bleidleisio fod yn bresennol.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Chair&apos;s PIN</source>
        <translation>PIN y cadeirydd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The chair&apos;s PIN was changed.</source>
        <translation>Newidiwyd PIN y cadeirydd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chair&apos;s PIN was set.</source>
        <translation>Gosodwyd PIN y cadeirydd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name of the teller to hand a code to (a teller named before gets a new code):
{0}</source>
        <translation>Enw&apos;r rhifwr i roi cod iddo (mae rhifwr a enwyd o&apos;r blaen yn cael cod newydd):
{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named so far: {0}</source>
        <translation>Wedi&apos;u henwi hyd yma: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No teller named yet.</source>
        <translation>Does dim rhifwr wedi&apos;i enwi eto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code for {0}: {1}

Hand it to {0} only; it is not shown again. Each count entry is now made under a named teller&apos;s own name and code.</source>
        <translation>Cod ar gyfer {0}: {1}

Rhowch ef i {0} yn unig; ni chaiff ei ddangos eto. Mae pob cofnod cyfrif bellach yn cael ei wneud dan enw a chod rhifwr a enwyd.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Removed the personal data of {0:,} member(s) and {1:,} guest(s) or provisional attendee(s). The figures, results and audit log are kept, and the audit log still verifies.</source>
        <translation>Dilëwyd data personol {0:,} aelod a {1:,} gwestai neu fynychwr dros dro. Mae&apos;r ffigurau, y canlyniadau a&apos;r log archwilio wedi&apos;u cadw, ac mae&apos;r log archwilio&apos;n dal i wirio&apos;n gywir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There was no personal data left to remove; nothing was changed.</source>
        <translation>Doedd dim data personol ar ôl i&apos;w ddileu; ni newidiwyd dim.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0:,} earlier audit event(s) still hold the names they recorded (members added or corrected by hand, guests, provisional attendees, undone registrations): the audit chain forbids changing them. To remove those too, export the figures and delete the file.</source>
        <translation>Mae {0:,} digwyddiad archwilio cynharach yn dal i gynnwys yr enwau a gofnodwyd ganddynt (aelodau a ychwanegwyd neu a gywirwyd â llaw, gwesteion, mynychwyr dros dro, cofrestriadau a ddadwnaed): nid yw&apos;r gadwyn archwilio&apos;n caniatáu eu newid. I ddileu&apos;r rheini hefyd, allforiwch y ffigurau a dilëwch y ffeil.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../ballotdesk/ui/roll/member_dialog.py" line="+45"/>
        <source>Edit member</source>
        <translation>Golygu aelod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add member</source>
        <translation>Ychwanegu aelod</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Known</source>
        <translation>Yn hysbys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join date known</source>
        <translation>Dyddiad ymuno&apos;n hysbys</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The membership number identifies the member and cannot change.</source>
        <translation>Mae&apos;r rhif aelodaeth yn adnabod yr aelod ac ni ellir ei newid.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A member needs a membership number.</source>
        <translation>Mae angen rhif aelodaeth ar bob aelod.</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../ballotdesk/ui/attendance/model.py" line="+3"/>
        <source>Member</source>
        <translation>Aelod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Guest</source>
        <translation>Gwestai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provisional</source>
        <translation>Dros dro</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Left {0}</source>
        <translation>Gadawodd {0}</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/ballots/model.py" line="-84"/>
        <source>  (desk issues here)</source>
        <translation>  (y ddesg yn dosbarthu)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Motion</source>
        <translation>Cynnig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election</source>
        <translation>Etholiad</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/count/model.py" line="-85"/>
        <source>No papers issued</source>
        <translation>Dim papurau wedi&apos;u dosbarthu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the first entry</source>
        <translation>Yn aros am y cofnod cyntaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for a second teller</source>
        <translation>Yn aros am ail rifwr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries differ ({0}): chair to resolve</source>
        <translation>Y cofnodion yn wahanol ({0}): i&apos;r cadeirydd ei ddatrys</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blocked: more papers found than issued; the chair must order a recount</source>
        <translation>Wedi&apos;i atal: canfuwyd mwy o bapurau nag a ddosbarthwyd; rhaid i&apos;r cadeirydd orchymyn ailgyfrif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Definitive; shortfall to be explained by the chair</source>
        <translation>Terfynol; y cadeirydd i egluro&apos;r diffyg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Definitive</source>
        <translation>Terfynol</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} issued; not yet counted</source>
        <translation>{0} wedi&apos;u dosbarthu; heb eu cyfrif eto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Explained: {0}</source>
        <translation> Eglurhad: {0}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>≠ differs</source>
        <translation>≠ yn wahanol</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Entry by {0}</source>
        <translation>Cofnod {0}</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/models/format.py" line="+32"/>
        <source>Yes</source>
        <translation>Ydy</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>No</source>
        <translation>Nac ydy</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Yes, {0}</source>
        <translation>Ydy, {0}</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/roll/model.py" line="+108"/>
        <source> (left the roll)</source>
        <translation> (wedi gadael y rhestr)</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../../ballotdesk/ui/dialogs.py" line="-351"/>
        <source>New meeting</source>
        <translation>Cyfarfod newydd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting date</source>
        <translation>Dyddiad y cyfarfod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Dyddiad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members who joined after this date may not vote</source>
        <translation>Ni chaiff aelodau a ymunodd ar ôl y dyddiad hwn bleidleisio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a cut-off date</source>
        <translation>Defnyddio dyddiad terfyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cut-off date</source>
        <translation>Dyddiad terfyn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cut-off:</source>
        <translation>Dyddiad terfyn:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quorum</source>
        <translation>Cworwm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number (40) or a percentage of eligible members (5%)</source>
        <translation>nifer (40) neu ganran o&apos;r aelodau cymwys (5%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair&apos;s PIN</source>
        <translation>PIN y cadeirydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>6 to 12 digits; needed to declare results and change the rules</source>
        <translation>6 i 12 digid; ei angen i gyhoeddi canlyniadau a newid y rheolau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chair&apos;s PIN again</source>
        <translation>PIN y cadeirydd eto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting file</source>
        <translation>Ffeil y cyfarfod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the meeting file</source>
        <translation>Dewiswch ble i gadw ffeil y cyfarfod</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File:</source>
        <translation>Ffeil:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create</source>
        <translation>Creu</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New meeting file</source>
        <translation>Ffeil cyfarfod newydd</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A meeting needs a title.</source>
        <translation>Mae angen teitl ar gyfarfod.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to save the meeting file.</source>
        <translation>Dewiswch ble i gadw ffeil y cyfarfod.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The two PINs differ; type the chair&apos;s PIN twice.</source>
        <translation>Mae&apos;r ddau PIN yn wahanol; teipiwch PIN y cadeirydd ddwywaith.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} already exists; choose another name.</source>
        <translation>Mae {0} yn bodoli eisoes; dewiswch enw arall.</translation>
    </message>
</context>
<context>
    <name>OsError</name>
    <message>
        <location filename="../../ballotdesk/domain/errors.py" line="+15"/>
        <location filename="../../ballotdesk/services/meeting.py" line="-57"/>
        <location filename="../../ballotdesk/store/meeting_store.py" line="-271"/>
        <source>the disk is full</source>
        <translation>mae&apos;r ddisg yn llawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is read-only</source>
        <translation>mae&apos;r ddisg yn ddarllen yn unig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>permission denied</source>
        <translation>dim caniatâd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file or folder is not there</source>
        <translation>nid yw&apos;r ffeil na&apos;r ffolder yno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a folder, not a file</source>
        <translation>ffolder yw hi, nid ffeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file of that name is already there</source>
        <translation>mae ffeil o&apos;r enw hwnnw yno&apos;n barod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk could not be read or written (was it removed?)</source>
        <translation>doedd dim modd darllen o&apos;r ddisg nac ysgrifennu arni (a gafodd ei thynnu allan?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name is too long</source>
        <translation>mae&apos;r enw&apos;n rhy hir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is in use by another program</source>
        <translation>mae rhaglen arall yn defnyddio&apos;r ffeil</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../ballotdesk/ui/pages.py" line="+48"/>
        <source>Meeting</source>
        <translation>Cyfarfod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roll</source>
        <translation>Rhestr aelodau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registration desk</source>
        <translation>Desg gofrestru</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attendance</source>
        <translation>Presenoldeb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballots</source>
        <translation>Pleidleisiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Cyfrif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
</context>
<context>
    <name>PapersDialog</name>
    <message>
        <location filename="../../ballotdesk/ui/ballots/papers_dialog.py" line="+44"/>
        <source>Print ballot papers</source>
        <translation>Argraffu papurau pleidleisio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbered papers for &lt;b&gt;{0}&lt;/b&gt;. Each box gets its own batch with the box&apos;s name printed large, so papers cannot stray between boxes.</source>
        <translation>Papurau wedi&apos;u rhifo ar gyfer &lt;b&gt;{0}&lt;/b&gt;. Mae pob blwch yn cael ei swp ei hun gydag enw&apos;r blwch wedi&apos;i argraffu&apos;n fawr, fel na all papurau grwydro rhwng blychau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How many papers</source>
        <translation>Sawl papur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Box</source>
        <translation>Blwch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First serial number</source>
        <translation>Rhif cyfresol cyntaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second batch continues the numbering, e.g. from 501</source>
        <translation>Mae ail swp yn parhau&apos;r rhifo, e.e. o 501</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial prefix (optional)</source>
        <translation>Rhagddodiad cyfresol (dewisol)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional, e.g. OF- for the overflow batch</source>
        <translation>dewisol, e.e. GO- ar gyfer swp y gorlif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How &amp;many:</source>
        <translation>&amp;Sawl un:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Box:</source>
        <translation>&amp;Blwch:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First serial:</source>
        <translation>Rhif cyfresol &amp;cyntaf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prefix:</source>
        <translation>&amp;Rhagddodiad:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial numbers that will be printed</source>
        <translation>Y rhifau cyfresol a gaiff eu hargraffu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Papers {0} to {1} ({2:,} in all).</source>
        <translation>Papurau {0} i {1} ({2:,} i gyd).</translation>
    </message>
</context>
<context>
    <name>PdfPagesModel</name>
    <message>
        <location filename="../../ballotdesk/ui/documents/pdf_pages.py" line="+118"/>
        <source>Page {0} of {1}</source>
        <translation>Tudalen {0} o {1}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ballotdesk/ui/desk/person_dialog.py" line="+31"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Enw:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register</source>
        <translation>Cofrestru</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the person&apos;s name.</source>
        <translation>Rhowch enw&apos;r unigolyn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the {0}.</source>
        <translation>Rhowch y {0}.</translation>
    </message>
</context>
<context>
    <name>Preferential</name>
    <message>
        <location filename="../../ballotdesk/domain/preferential/__init__.py" line="+45"/>
        <source>&apos;{0}&apos; is not a counting rule; the rules are {1}</source>
        <translation>nid yw &apos;{0}&apos; yn rheol gyfrif; y rheolau yw {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} seats: there must be at least one</source>
        <translation>{0} sedd: rhaid cael o leiaf un</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/domain/preferential/engine.py" line="+43"/>
        <source>{0} seats but only {1} candidates standing</source>
        <translation>{0} sedd ond dim ond {1} ymgeisydd yn sefyll</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>none of the {0} papers is valid, so there is nothing to count</source>
        <translation>nid yw&apos;r un o&apos;r {0} papur yn ddilys, felly does dim i&apos;w gyfrif</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>the lot at stage {0} chose &apos;{1}&apos;, who is not among {2}</source>
        <translation>dewisodd y goelbren yng ngham {0} &apos;{1}&apos;, nad yw ymhlith {2}</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/domain/preferential/irv.py" line="+23"/>
        <source>the alternative vote (irv) fills one seat, not {0}; give --seats 1, or count by STV rules</source>
        <translation>mae&apos;r bleidlais amgen (irv) yn llenwi un sedd, nid {0}; rhowch --seats 1, neu cyfrifwch yn ôl rheolau STV</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/domain/preferential/meek.py" line="+85"/>
        <source>are tied for lowest (within the total surplus)</source>
        <translation>yn gydradd isaf (o fewn cyfanswm y gwarged)</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/domain/preferential/result.py" line="+24"/>
        <source>are equal at every stage</source>
        <translation>yn gyfartal ym mhob cam</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>which to exclude</source>
        <translation>pa un i&apos;w eithrio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whose surplus to transfer first</source>
        <translation>gwarged pwy i&apos;w drosglwyddo gyntaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>which to elect</source>
        <translation>pa un i&apos;w ethol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage {0}: {1} {2}; a lot decides {3}</source>
        <translation>cam {0}: mae {1} {2}; coelbren sy&apos;n penderfynu {3}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{0}; draw it (--lot) and count again</source>
        <translation>{0}; tynnwch y goelbren (--lot) a chyfrifwch eto</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>stage {0}: the lot names &apos;{1}&apos;, who is not among the tied candidates ({2})</source>
        <translation>cam {0}: mae&apos;r goelbren yn enwi &apos;{1}&apos;, nad yw ymhlith yr ymgeiswyr cyfartal ({2})</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../ballotdesk/ui/documents/print_preview.py" line="+117"/>
        <source>Pages of the document</source>
        <translation>Tudalennau&apos;r ddogfen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>About this document</source>
        <translation>Am y ddogfen hon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number of pages</source>
        <translation>Nifer y tudalennau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom</source>
        <translation>Chwyddo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Zoom:</source>
        <translation>&amp;Chwyddo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paper size</source>
        <translation>Maint y papur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papur:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+80"/>
        <location line="+159"/>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Choose a printer and print these pages</source>
        <translation>Dewiswch argraffydd ac argraffu&apos;r tudalennau hyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as PDF…</source>
        <translation>Cadw fel P&amp;DF…</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+94"/>
        <source>Save as PDF</source>
        <translation>Cadw fel PDF</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Fit width</source>
        <translation>Ffitio&apos;r lled</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/documents/pdf_pages.py" line="-72"/>
        <source>The document could not be shown: {0}.</source>
        <translation>Doedd dim modd dangos y ddogfen: {0}.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/documents/print_preview.py" line="+19"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Save exactly this file, e.g. to e-mail it</source>
        <translation>Cadw&apos;r union ffeil hon, e.e. i&apos;w hanfon drwy e-bost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the preview</source>
        <translation>Cau&apos;r rhagolwg</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print and save status</source>
        <translation>Statws argraffu a chadw</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+164"/>
        <source>Nothing to show</source>
        <translation>Dim i&apos;w ddangos</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Preparing the document…</source>
        <translation>Wrthi&apos;n paratoi&apos;r ddogfen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 page</source>
        <translation>1 dudalen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0:,} pages</source>
        <translation>{0:,} tudalen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Saved to {0}.</source>
        <translation>Cadwyd yn {0}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sent {0:,} page(s) to {1}.</source>
        <translation>Anfonwyd {0:,} tudalen i {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the printer</source>
        <translation>yr argraffydd</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The printer could not be started; check that it is connected and switched on, then try again.</source>
        <translation>Doedd dim modd cychwyn yr argraffydd; gwiriwch ei fod wedi&apos;i gysylltu a&apos;i droi ymlaen, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printing…</source>
        <translation>Wrthi&apos;n argraffu…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The document could not be made.</source>
        <translation>Doedd dim modd creu&apos;r ddogfen.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../ballotdesk/services/privacy.py" line="+98"/>
        <source>Personal data can be purged only when no ballot is in progress. Declare the result first: ballot {0}.</source>
        <translation>Dim ond pan nad oes pleidlais ar y gweill y gellir dileu data personol. Cyhoeddwch y canlyniad yn gyntaf: pleidlais {0}.</translation>
    </message>
</context>
<context>
    <name>ProjectorControl</name>
    <message>
        <location filename="../../ballotdesk/ui/projector/control.py" line="+19"/>
        <source>Blank screen</source>
        <translation>Sgrin wag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting title</source>
        <translation>Teitl y cyfarfod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrivals and quorum</source>
        <translation>Y rhai sy&apos;n cyrraedd a&apos;r cworwm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current ballot</source>
        <translation>Y bleidlais gyfredol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared result</source>
        <translation>Y canlyniad a gyhoeddwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rounds of an exhaustive ballot</source>
        <translation>Rowndiau pleidlais ddileu</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+108"/>
        <source>Projector display</source>
        <translation>Sgrin y taflunydd</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Projector screen</source>
        <translation>Sgrin taflunio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About the screens</source>
        <translation>Am y sgriniau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the projector shows</source>
        <translation>Beth mae&apos;r taflunydd yn ei ddangos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ballot shown</source>
        <translation>Y bleidlais a ddangosir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show on projector</source>
        <translation>&amp;Dangos ar y taflunydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show on projector</source>
        <translation>Dangos ar y taflunydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close projector</source>
        <translation>C&amp;au&apos;r taflunydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close projector</source>
        <translation>Cau&apos;r taflunydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screen:</source>
        <translation>Sgrin:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show:</source>
        <translation>Dangos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballot:</source>
        <translation>Pleidlais:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>There is one screen only: the display will cover it. Press Esc on the display to come back.</source>
        <translation>Un sgrin yn unig sydd: bydd yr arddangosfa yn ei gorchuddio. Pwyswch Esc ar yr arddangosfa i ddod yn ôl.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The projector&apos;s screen was disconnected, so the display was closed.</source>
        <translation>Datgysylltwyd sgrin y taflunydd, felly caewyd yr arddangosfa.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>BallotDesk — projector</source>
        <translation>BallotDesk — taflunydd</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The current ballot</source>
        <translation>Y bleidlais gyfredol</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>◀ Pre&amp;vious stage</source>
        <translation>◀ Cam &amp;blaenorol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous stage</source>
        <translation>Cam blaenorol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt stage ▶</source>
        <translation>Cam &amp;nesaf ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next stage</source>
        <translation>Cam nesaf</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Stages of a preferential count</source>
        <translation>Camau cyfrif dewisol</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../ballotdesk/ui/projector/display.py" line="+34"/>
        <source>BallotDesk — projector</source>
        <translation>BallotDesk — taflunydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projector display</source>
        <translation>Sgrin y taflunydd</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+26"/>
        <source>Projector headline</source>
        <translation>Pennawd y taflunydd</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <source>Projector text</source>
        <translation>Testun y taflunydd</translation>
    </message>
</context>
<context>
    <name>Quorum</name>
    <message>
        <location filename="../../ballotdesk/domain/eligibility.py" line="+16"/>
        <source>The quorum must be a whole number (e.g. 40) or a percentage (e.g. 10%); &apos;{0}&apos; is neither.</source>
        <translation>Rhaid i&apos;r cworwm fod yn rhif cyfan (e.e. 40) neu&apos;n ganran (e.e. 10%); nid yw &apos;{0}&apos; yr un o&apos;r ddau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A quorum of {0}% is impossible; use 100% or less.</source>
        <translation>Mae cworwm o {0}% yn amhosibl; defnyddiwch 100% neu lai.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A quorum of {0:,} is more than the {1:,} members on the roll who may vote, so it can never be met; give a smaller number, or a percentage (e.g. 10%).</source>
        <translation>Mae cworwm o {0:,} yn fwy na&apos;r {1:,} aelod ar y rhestr sy&apos;n cael pleidleisio, felly ni ellir byth ei gyrraedd; rhowch rif llai, neu ganran (e.e. 10%).</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/services/quorum.py" line="+61"/>
        <source>{0} of the members entitled to vote</source>
        <translation>{0} o&apos;r aelodau sy&apos;n gymwys i bleidleisio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 member</source>
        <translation>1 aelod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} members</source>
        <translation>{0} aelod</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The meeting is not quorate ({0} present and entitled to vote, {1} needed): the ballot cannot be opened. The chair may go ahead with the PIN and a reason (e.g. the quorum applies only at the start of the meeting).</source>
        <translation>Nid yw&apos;r cworwm wedi&apos;i gyrraedd ({0} yn bresennol ac yn gymwys i bleidleisio, {1} eu hangen): ni ellir agor y bleidlais. Caiff y cadeirydd fwrw ymlaen gyda&apos;r PIN a rheswm (e.e. dim ond ar ddechrau&apos;r cyfarfod y mae&apos;r cworwm yn berthnasol).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meeting is not quorate ({0} present and entitled to vote, {1} needed): the result cannot be declared. The chair may go ahead with the PIN and a reason (e.g. the quorum applies only at the start of the meeting).</source>
        <translation>Nid yw&apos;r cworwm wedi&apos;i gyrraedd ({0} yn bresennol ac yn gymwys i bleidleisio, {1} eu hangen): ni ellir cyhoeddi&apos;r canlyniad. Caiff y cadeirydd fwrw ymlaen gyda&apos;r PIN a rheswm (e.e. dim ond ar ddechrau&apos;r cyfarfod y mae&apos;r cworwm yn berthnasol).</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/widgets/quorum_reason.py" line="+24"/>
        <source>Meeting not quorate</source>
        <translation>Cworwm heb ei gyrraedd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chair&apos;s reason for going ahead (required):</source>
        <translation>Rheswm y cadeirydd dros fwrw ymlaen (gofynnol):</translation>
    </message>
</context>
<context>
    <name>Ranked</name>
    <message>
        <location filename="../../ballotdesk/services/ranked/methods.py" line="+27"/>
        <source>One mark per seat; the most votes (or the majority chosen) wins.</source>
        <translation>Un marc am bob sedd; y mwyaf o bleidleisiau (neu&apos;r mwyafrif a ddewiswyd) sy&apos;n ennill.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative vote: voters number the candidates 1, 2, 3...; the lowest drops out until one has more than half of the continuing votes.</source>
        <translation>Y bleidlais amgen: mae pleidleiswyr yn rhifo&apos;r ymgeiswyr 1, 2, 3...; mae&apos;r isaf yn gadael nes bod gan un fwy na hanner y pleidleisiau sy&apos;n parhau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Single transferable vote: voters number the candidates; surpluses and the lowest candidates&apos; papers transfer until every seat is filled.</source>
        <translation>Pleidlais sengl drosglwyddadwy: mae pleidleiswyr yn rhifo&apos;r ymgeiswyr; trosglwyddir y gwargedion a phapurau&apos;r ymgeiswyr isaf nes llenwi pob sedd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scottish STV (SSI 2007/42): weighted inclusive Gregory, five decimal places.</source>
        <translation>STV yr Alban (OS 2007/42): dull Gregory cynhwysol wedi&apos;i bwysoli, pum lle degol.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ERS97 (Electoral Reform Society, 1997): last-parcel transfers, two decimal places.</source>
        <translation>ERS97 (y Gymdeithas Diwygio Etholiadol, 1997): trosglwyddo&apos;r parsel olaf, dau le degol.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meek (as the PR Foundation&apos;s reference counter): every round recomputed, keep values to six decimal places.</source>
        <translation>Meek (fel cyfrifydd cyfeirio&apos;r PR Foundation): ailgyfrifo pob rownd, gwerthoedd cadw i chwe lle degol.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alternative vote (IRV): more than half of the continuing votes</source>
        <translation>Y bleidlais amgen (IRV): mwy na hanner y pleidleisiau sy&apos;n parhau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>which to exclude</source>
        <translation>pa un i&apos;w eithrio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whose surplus to transfer first</source>
        <translation>gwarged pwy i&apos;w drosglwyddo gyntaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>which to elect</source>
        <translation>pa un i&apos;w ethol</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>drawn by BallotDesk with a cryptographic random source</source>
        <translation>wedi’i thynnu gan BallotDesk â ffynhonnell hap gryptograffig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drawn by hand in the hall and recorded by the chair</source>
        <translation>wedi’i thynnu â llaw yn y neuadd a’i chofnodi gan y cadeirydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At stage {0} a lot decided {1} among {2}, {3}: it fell on {4}{5}.</source>
        <translation>Yng ngham {0}, penderfynodd coelbren {1} o blith {2}; roedd y goelbren {3}, a syrthiodd ar {4}{5}.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Ballot {0} is counted by votes, not by preferences; enter its count with &apos;count&apos; or the Count page.</source>
        <translation>Caiff pleidlais {0} ei chyfrif yn ôl pleidleisiau, nid yn ôl dewisiadau; rhowch ei chyfrif gyda &apos;count&apos; neu ar y dudalen Cyfrif.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;{0}&apos; is not a preferential method; the methods are irv and stv.</source>
        <translation>Nid yw &apos;{0}&apos; yn ddull dewisol; y dulliau yw irv ac stv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A motion is decided by votes for and against; preferences are for elections.</source>
        <translation>Caiff cynnig ei benderfynu drwy bleidleisiau o blaid ac yn erbyn; ar gyfer etholiadau y mae dewisiadau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The alternative vote (irv) has its own rules; leave out --rules.</source>
        <translation>Mae gan y bleidlais amgen (irv) ei rheolau ei hun; gadewch --rules allan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The alternative vote (irv) fills one seat; for {0} seats use stv.</source>
        <translation>Mae&apos;r bleidlais amgen (irv) yn llenwi un sedd; ar gyfer {0} sedd, defnyddiwch stv.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>STV needs its rules: scottish, ers97 or meek (e.g. --rules scottish).</source>
        <translation>Mae angen rheolau ar STV: scottish, ers97 neu meek (e.e. --rules scottish).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A preferential ballot needs at least two candidates.</source>
        <translation>Mae angen o leiaf ddau ymgeisydd mewn pleidlais ddewisol.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/services/ranked/keying.py" line="+105"/>
        <source>one teller marked this batch the box&apos;s last, the other did not</source>
        <translation>nododd un rhifwr mai hwn oedd swp olaf y blwch, ond ni wnaeth y llall</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Ballot {0} is {1}; papers are keyed once it is closed.</source>
        <translation>Mae pleidlais {0} {1}; dim ond ar ôl i&apos;r bleidlais gau y bysellir papurau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every box of ballot {0} is keyed and definitive; its papers can no longer change.</source>
        <translation>Mae pob blwch ym mhleidlais {0} wedi&apos;i fysellu ac yn derfynol; ni all ei phapurau newid mwyach.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The teller must give their name.</source>
        <translation>Rhaid i&apos;r rhifwr roi ei enw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Batches are numbered from 1.</source>
        <translation>Mae&apos;r sypiau&apos;n cael eu rhifo o 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch {0} of {1} has no papers.</source>
        <translation>Does dim papurau yn swp {0} o {1}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Batch {0}, paper {1}: {2}</source>
        <translation>Swp {0}, papur {1}: {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} piles for {1} candidates.</source>
        <translation>{0} pentwr ar gyfer {1} ymgeisydd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The papers of {0} are definitive; only the chair can order a batch keyed again.</source>
        <translation>Mae papurau {0} yn derfynol; dim ond y cadeirydd all orchymyn bysellu swp eto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Batch {0} of {1} has been keyed twice already.</source>
        <translation>Mae swp {0} o {1} eisoes wedi&apos;i fysellu ddwywaith.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch {0} of {1} is definitive.</source>
        <translation>Mae swp {0} o {1} yn derfynol.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} keyed batch {1} of {2}; a different teller must key it the second time.</source>
        <translation>{0} a fysellodd swp {1} o {2}; rhaid i rifwr arall ei fysellu&apos;r ail dro.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Batch {0} of {1} saved ({2} papers); it waits for a second teller&apos;s keying.</source>
        <translation>Swp {0} o {1} wedi&apos;i gadw ({2} papur); mae&apos;n aros am fyselliad ail rifwr.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two keyings of batch {0} of {1} do not agree ({2}); the chair settles it.</source>
        <translation>Nid yw dau fyselliad swp {0} o {1} yn cytuno ({2}); y cadeirydd sy&apos;n ei ddatrys.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keyings match: batch {0} of {1} is definitive ({2} papers).</source>
        <translation>Mae&apos;r byselliadau&apos;n cyfateb: mae swp {0} o {1} yn derfynol ({2} papur).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ballotdesk/services/ranked/settle.py" line="+137"/>
        <source>Every batch of {0} is definitive, so its papers are.</source>
        <translation>Mae pob swp o {0} yn derfynol, ac felly ei bapurau hefyd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>paper {0} differs</source>
        <translation>mae papur {0} yn wahanol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>papers {0} differ</source>
        <translation>mae papurau {0} yn wahanol</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/services/ranked/settle.py" line="-75"/>
        <source>The chair must give a reason.</source>
        <translation>Rhaid i&apos;r cadeirydd roi rheswm.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Batch {0} of {1} has no keyings that differ to settle.</source>
        <translation>Does dim byselliadau gwahanol i&apos;w datrys yn swp {0} o {1}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Batch {0} of {1} is to be keyed again by two tellers.</source>
        <translation>Mae swp {0} o {1} i&apos;w fysellu eto gan ddau rifwr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keying by {0} of batch {1}; it was keyed by {2}.</source>
        <translation>Does dim byselliad gan {0} o swp {1}; fe&apos;i bysellwyd gan {2}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the marks of each paper that differs, accept one teller&apos;s keying, or have the batch keyed again.</source>
        <translation>Rhowch farciau pob papur sy&apos;n wahanol, derbyniwch fyselliad un rhifwr, neu trefnwch i&apos;r swp gael ei fysellu eto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paper {0} of batch {1} does not differ; only papers {2} do.</source>
        <translation>Nid yw papur {0} yn swp {1} yn wahanol; dim ond papurau {2} sy&apos;n wahanol.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the marks of paper {0} of batch {1} too (the keyings differ on papers {2}).</source>
        <translation>Rhowch farciau papur {0} yn swp {1} hefyd (mae&apos;r byselliadau&apos;n wahanol ar bapurau {2}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Paper {0}: {1}</source>
        <translation>Papur {0}: {1}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Batch {0} of {1} is settled and definitive ({2} papers).</source>
        <translation>Mae swp {0} o {1} wedi&apos;i ddatrys ac yn derfynol ({2} papur).</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/services/ranked/blt_files.py" line="+34"/>
        <source>{0} names the candidates {1}; ballot {2} has {3}, in that order.</source>
        <translation>Mae {0} yn enwi&apos;r ymgeiswyr {1}; mae gan bleidlais {2} {3}, yn y drefn honno.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} withdraws candidates; a ballot&apos;s papers are keyed as marked, with every candidate.</source>
        <translation>Mae {0} yn tynnu ymgeiswyr yn ôl; caiff papurau pleidlais eu bysellu fel y&apos;u marciwyd, gyda phob ymgeisydd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} holds no papers.</source>
        <translation>Does dim papurau yn {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} has already keyed batches of {1}; an import is one teller&apos;s keying of the whole box.</source>
        <translation>Mae {0} eisoes wedi bysellu sypiau o {1}; mae mewnforio yn fyselliad o&apos;r blwch cyfan gan un rhifwr.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No batch of ballot {0} is definitive yet, so there are no papers to write.</source>
        <translation>Nid oes yr un o sypiau pleidlais {0} yn derfynol eto, felly does dim papurau i&apos;w hysgrifennu.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/services/ranked/result.py" line="-94"/>
        <source>Ballot {0} is counted once every box&apos;s papers are definitive.</source>
        <translation>Caiff pleidlais {0} ei chyfrif pan fydd papurau pob blwch yn derfynol.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{0} would be {1}.</source>
        <translation>{0} – {1} (dros dro).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is {1}.</source>
        <translation>{0} – {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} would be {1}, in that order.</source>
        <translation>{0} – {1} (dros dro), yn y drefn honno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} are {1}, in that order.</source>
        <translation>{0} – {1}, yn y drefn honno.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not counted yet: the papers of every box must be definitive.</source>
        <translation>Heb ei chyfrif eto: rhaid i bapurau pob blwch fod yn derfynol.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A lot is needed: {0}.</source>
        <translation>Mae angen coelbren: {0}.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&apos;{0}&apos; is not among the tied candidates ({1}).</source>
        <translation>Nid yw &apos;{0}&apos; ymhlith yr ymgeiswyr cyfartal ({1}).</translation>
    </message>
    <message>
        <location line="-22"/>
        <location filename="../../ballotdesk/services/results.py" line="-189"/>
        <source>The count needs a lot first: {0}. The chair draws it.</source>
        <translation>Mae angen coelbren cyn cyfrif: {0}. Y cadeirydd sy&apos;n ei thynnu.</translation>
    </message>
</context>
<context>
    <name>RankedEntry</name>
    <message>
        <location filename="../../ballotdesk/domain/preferential/entry.py" line="+44"/>
        <source>Type the number beside each candidate (&apos;-&apos; for a blank box).</source>
        <translation>Teipiwch y rhif wrth ymyl pob ymgeisydd (&apos;-&apos; am flwch gwag).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{0}&apos; is not a number; type the numbers as marked, &apos;-&apos; for a blank box.</source>
        <translation>Nid yw &apos;{0}&apos; yn rhif; teipiwch y rhifau fel y&apos;u marciwyd, &apos;-&apos; am flwch gwag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} is not a preference that a paper can carry.</source>
        <translation>Nid yw {0} yn ddewis y gall papur ei gynnwys.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} marks for {1} candidates: type one for each candidate, &apos;-&apos; for a blank box.</source>
        <translation>{0} marc ar gyfer {1} ymgeisydd: teipiwch un ar gyfer pob ymgeisydd, &apos;-&apos; am flwch gwag.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>{0} papers keyed but {1} counted by hand</source>
        <translation>{0} papur wedi&apos;u bysellu ond {1} wedi&apos;u cyfrif â llaw</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} first preferences for {1} keyed but {2} in the pile</source>
        <translation>{0} dewis cyntaf i {1} wedi&apos;u bysellu ond {2} yn y pentwr</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;{0}&apos; must look like &quot;NAME=N&quot;.</source>
        <translation>Rhaid i &apos;{0}&apos; fod ar ffurf &quot;ENW=N&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{0}&apos; is not a candidate: {1}.</source>
        <translation>Nid yw &apos;{0}&apos; yn ymgeisydd: {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{0}&apos; is given more than once.</source>
        <translation>Mae &apos;{0}&apos; wedi&apos;i roi fwy nag unwaith.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the pile of {0}</source>
        <translation>pentwr {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0}: &apos;{1}&apos; is not a whole number of papers.</source>
        <translation>{0}: nid yw &apos;{1}&apos; yn nifer cyfan o bapurau.</translation>
    </message>
</context>
<context>
    <name>RankedEntryDialog</name>
    <message>
        <location filename="../../ballotdesk/ui/ballots/ranked_entry.py" line="+40"/>
        <source>Key papers: {0}</source>
        <translation>Bysellu papurau: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Box</source>
        <translation>Blwch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Box:</source>
        <translation>&amp;Blwch:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teller&apos;s name</source>
        <translation>Enw&apos;r rhifwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Teller:</source>
        <translation>&amp;Rhifwr:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Batch number</source>
        <translation>Rhif y swp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;atch:</source>
        <translation>&amp;Swp:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Papers counted into the batch by hand</source>
        <translation>Papurau a gyfrifwyd i&apos;r swp â llaw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. {0} (as written on the batch slip)</source>
        <translation>e.e. {0} (fel y&apos;i hysgrifennwyd ar slip y swp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Counted by hand:</source>
        <translation>Wedi&apos;u &amp;cyfrif â llaw:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First-preference piles</source>
        <translation>Pentyrrau dewis cyntaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>papers in each first-preference pile, in the candidates&apos; order, e.g. 10 8 7 (optional)</source>
        <translation>papurau ym mhob pentwr dewis cyntaf, yn nhrefn yr ymgeiswyr, e.e. 10 8 7 (dewisol)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First-preference &amp;piles:</source>
        <translation>&amp;Pentyrrau dewis cyntaf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the &amp;last batch of the box</source>
        <translation>Dyma swp &amp;olaf y blwch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last batch of the box</source>
        <translation>Swp olaf y blwch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Candidates, in the order printed: {0}</source>
        <translation>Ymgeiswyr, yn y drefn a argraffwyd: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Candidates in order</source>
        <translation>Ymgeiswyr mewn trefn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Running paper number</source>
        <translation>Rhif rhedol y papur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The paper&apos;s marks</source>
        <translation>Marciau&apos;r papur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number beside each candidate, &apos;-&apos; for none, then Enter</source>
        <translation>y rhif wrth ymyl pob ymgeisydd, &apos;-&apos; os nad oes un, yna Enter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem with the paper</source>
        <translation>Problem gyda&apos;r papur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Papers of this batch</source>
        <translation>Papurau&apos;r swp hwn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save batch (Ctrl+Enter)</source>
        <translation>Cadw&apos;r s&amp;wp (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save batch</source>
        <translation>Cadw&apos;r swp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take back last paper (Ctrl+Z)</source>
        <translation>Dadwneud y papur olaf (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back last paper</source>
        <translation>Dadwneud y papur olaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Paper {0}:</source>
        <translation>Papur {0}:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Counted by hand: &apos;{0}&apos; is not a number of papers.</source>
        <translation>Wedi&apos;u cyfrif â llaw: nid yw &apos;{0}&apos; yn nifer o bapurau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First-preference piles: give one number for each of the {0} candidates.</source>
        <translation>Pentyrrau dewis cyntaf: rhowch un rhif ar gyfer pob un o&apos;r {0} ymgeisydd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>⚠ Key the batch&apos;s papers first.</source>
        <translation>⚠ Bysellwch bapurau&apos;r swp yn gyntaf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The batch was not saved</source>
        <translation>Ni chadwyd y swp</translation>
    </message>
</context>
<context>
    <name>RecordKeys</name>
    <message>
        <location filename="../../ballotdesk/store/record_keys.py" line="+181"/>
        <source>This installation&apos;s record key ({0}) is kept in the system&apos;s key store, which cannot be read now. Unlock the key store and try again.</source>
        <translation>Caiff allwedd cofnod y gosodiad hwn ({0}) ei chadw yn storfa allweddi&apos;r system, na ellir ei darllen ar hyn o bryd. Datgloiwch y storfa allweddi a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>BallotDesk on {0}</source>
        <translation>BallotDesk ar {0}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The passphrase must be at least 8 characters.</source>
        <translation>Rhaid i&apos;r ymadrodd cyfrin fod o leiaf 8 nod o hyd.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The passphrase does not open this record key.</source>
        <translation>Nid yw&apos;r ymadrodd cyfrin yn agor yr allwedd cofnod hon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a BallotDesk record key file.</source>
        <translation>Nid ffeil allwedd cofnod BallotDesk yw hon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This record key file is damaged.</source>
        <translation>Mae&apos;r ffeil allwedd cofnod hon wedi&apos;i difrodi.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../ballotdesk/reports/attendance.py" line="+32"/>
        <source>Member</source>
        <translation>Aelod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest</source>
        <translation>Gwestai</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>Provisional</source>
        <translation>Dros dro</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+25"/>
        <source>Registered</source>
        <translation>Wedi cofrestru</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Members</source>
        <translation>Aelodau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guests</source>
        <translation>Gwesteion</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <location line="+44"/>
        <source>May vote</source>
        <translation>Cymwys i bleidleisio</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>May not vote</source>
        <translation>Ddim yn gymwys i bleidleisio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Departed</source>
        <translation>Wedi gadael</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Still present</source>
        <translation>Yn dal yn bresennol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still present and may vote</source>
        <translation>Yn dal yn bresennol ac yn gymwys i bleidleisio</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Attendance register</source>
        <translation>Cofrestr presenoldeb</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>No.</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+44"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+43"/>
        <source>Yes</source>
        <translation>Ydy</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+43"/>
        <source>No</source>
        <translation>Nac ydy</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Totals</source>
        <translation>Cyfansymiau</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sign-in sheet</source>
        <translation>Taflen arwyddo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Llofnod</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Please sign beside your name. If your name is missing, see the registration desk.</source>
        <translation>Llofnodwch wrth ymyl eich enw. Os nad yw eich enw yma, ewch at y ddesg gofrestru.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} names on the roll; {1} may vote.</source>
        <translation>{0} o enwau ar y rhestr aelodau; {1} yn gymwys i bleidleisio.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/reports/base.py" line="+406"/>
        <source>Page {0} of {1}</source>
        <translation>Tudalen {0} o {1}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(continued)</source>
        <translation>(parhad)</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/reports/papers.py" line="+115"/>
        <source>{0} — put a cross (X) in the box beside your choice.</source>
        <translation>{0} — rhowch groes (X) yn y blwch wrth ymyl eich dewis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} — put a cross (X) in the box beside each of your choices.</source>
        <translation>{0} — rhowch groes (X) yn y blwch wrth ymyl pob un o’ch dewisiadau.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fold once and put this paper in the {0} ballot box.</source>
        <translation>Plygwch y papur hwn unwaith a’i roi ym mlwch pleidleisio {0}.</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>continued, sheet {0} of {1}</source>
        <translation>parhad, dalen {0} o {1}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Continued on the next sheet&lt;/b&gt; ({0}, sheet {1} of {2}).</source>
        <translation>&lt;b&gt;Yn parhau ar y ddalen nesaf&lt;/b&gt; ({0}, dalen {1} o {2}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand in all sheets together.</source>
        <translation>Rhowch bob dalen i mewn gyda’i gilydd.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Ballot papers — {0} — {1}</source>
        <translation>Papurau pleidleisio — {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/reports/result_sheet.py" line="+56"/>
        <source>Result sheet — Ballot {0}: {1}</source>
        <translation>Taflen canlyniad — Pleidlais {0}: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Question:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Cwestiwn:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Counted by:&lt;/b&gt; {0}.</source>
        <translation>&lt;b&gt;Cyfrifwyd drwy:&lt;/b&gt; {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Rule:&lt;/b&gt; {0}. &lt;b&gt;Percentages of:&lt;/b&gt; {1} ({2}).</source>
        <translation>&lt;b&gt;Rheol:&lt;/b&gt; {0}. &lt;b&gt;Canrannau o:&lt;/b&gt; {1} ({2}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Places to fill:&lt;/b&gt; {0}.</source>
        <translation>&lt;b&gt;Lleoedd i’w llenwi:&lt;/b&gt; {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Places:&lt;/b&gt; {0}.</source>
        <translation>&lt;b&gt;Lleoedd:&lt;/b&gt; {0}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>AMENDED — corrected {0} time after first declaration; see Amendments</source>
        <translation>DIWYGIWYD — cywirwyd {0} waith ar ôl y cyhoeddiad cyntaf; gweler Diwygiadau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AMENDED — corrected {0} times after first declaration; see Amendments</source>
        <translation>DIWYGIWYD — cywirwyd {0} o weithiau ar ôl y cyhoeddiad cyntaf; gweler Diwygiadau</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Papers issued</source>
        <translation>Papurau a roddwyd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Papers found</source>
        <translation>Papurau a ganfuwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spoilt</source>
        <translation>Wedi’u difetha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Variance</source>
        <translation>Gwahaniaeth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>Wedi’u gwrthod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstentions and blank</source>
        <translation>Ymataliadau a phapurau gwag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Votes cast</source>
        <translation>Pleidleisiau a fwriwyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+37"/>
        <source>Box</source>
        <translation>Blwch</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>&lt;b&gt;{0} is blocked&lt;/b&gt; — more papers were found than issued; the box must be recounted.</source>
        <translation>&lt;b&gt;Mae {0} wedi&apos;i atal&lt;/b&gt; — cafwyd mwy o bapurau nag a roddwyd; rhaid ailgyfrif y blwch.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No explanation recorded.</source>
        <translation>Ni chofnodwyd esboniad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Variance {0} in {1}&lt;/b&gt; — chair’s explanation: {2}</source>
        <translation>&lt;b&gt;Gwahaniaeth {0} yn {1}&lt;/b&gt; — esboniad y cadeirydd: {2}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+60"/>
        <location filename="../../ballotdesk/reports/stages.py" line="+60"/>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Tellers’ report</source>
        <translation>Adroddiad y rhifwyr</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tellers</source>
        <translation>Rhifwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures that differed (first / second entry)</source>
        <translation>Ffigurau a oedd yn wahanol (cofnod cyntaf / ail gofnod)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair’s decision</source>
        <translation>Penderfyniad y cadeirydd</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Entries that differed</source>
        <translation>Cofnodion a oedd yn wahanol</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} (of {1} needed)</source>
        <translation>{0} (o&apos;r {1} sydd eu hangen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Quorum:&lt;/b&gt; {0} present and entitled to vote; &lt;b&gt;{1}&lt;/b&gt; needed. Present at the opening: &lt;b&gt;{2}&lt;/b&gt;; at the declaration: &lt;b&gt;{3}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Cworwm:&lt;/b&gt; {0} yn bresennol ac yn gymwys i bleidleisio; &lt;b&gt;{1}&lt;/b&gt; eu hangen. Yn bresennol wrth agor: &lt;b&gt;{2}&lt;/b&gt;; wrth gyhoeddi: &lt;b&gt;{3}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Opened while the meeting was not quorate.&lt;/b&gt; The chair’s reason: {0}</source>
        <translation>&lt;b&gt;Agorwyd heb i&apos;r cworwm gael ei gyrraedd.&lt;/b&gt; Rheswm y cadeirydd: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Declared while the meeting was not quorate.&lt;/b&gt; The chair’s reason: {0}</source>
        <translation>&lt;b&gt;Cyhoeddwyd heb i&apos;r cworwm gael ei gyrraedd.&lt;/b&gt; Rheswm y cadeirydd: {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>% of {0}</source>
        <translation>% o {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+80"/>
        <source>Option</source>
        <translation>Dewis</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+80"/>
        <location filename="../../ballotdesk/reports/stages.py" line="-10"/>
        <source>Candidate</source>
        <translation>Ymgeisydd</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Number necessary: none under this rule (the most votes win).</source>
        <translation>Nifer angenrheidiol: dim o dan y rheol hon (y mwyaf o bleidleisiau sy’n ennill).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Number necessary:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Nifer angenrheidiol:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Votes for each option</source>
        <translation>Pleidleisiau ar gyfer pob dewis</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Votes for each candidate</source>
        <translation>Pleidleisiau ar gyfer pob ymgeisydd</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Elected:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Etholwyd:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Prevailing option:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Y dewis a orfu:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Lot drawn:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Tynnu coelbren:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rounds</source>
        <translation>Rowndiau</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+6"/>
        <source>Round {0}</source>
        <translation>Rownd {0}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&lt;b&gt;After round {0}, eliminated:&lt;/b&gt; {1}</source>
        <translation>&lt;b&gt;Ar ôl rownd {0}, dilëwyd:&lt;/b&gt; {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On the roll</source>
        <translation>Ar y rhestr aelodau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eligible to vote</source>
        <translation>Cymwys i bleidleisio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered at the desk</source>
        <translation>Wedi cofrestru wrth y ddesg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eligible and present</source>
        <translation>Cymwys ac yn bresennol</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Turnout</source>
        <translation>Presenoldeb</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed</source>
        <translation>Beth a newidiodd</translation>
    </message>
    <message>
        <location line="-167"/>
        <location line="+168"/>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}AMENDED{1} — amendments</source>
        <translation>{0}DIWYGIWYD{1} — diwygiadau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chair</source>
        <translation>Cadeirydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teller</source>
        <translation>Rhifwr</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Declaration and signatures</source>
        <translation>Cyhoeddi a llofnodion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result declared by the chair on &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>Cyhoeddwyd y canlyniad gan y cadeirydd ar &lt;b&gt;{0}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We certify that the figures above are the true result of the count.</source>
        <translation>Rydym yn tystio mai’r ffigurau uchod yw gwir ganlyniad y cyfrif.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Audit digest: {0}</source>
        <translation>Crynodeb y log archwilio: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record head: {0} after {1} events, record key {2}</source>
        <translation>Pen y cofnod: {0} ar ôl {1} digwyddiad, allwedd cofnod {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate: {0}</source>
        <translation>Tystysgrif: {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Result — Ballot {0}: {1}</source>
        <translation>Canlyniad — Pleidlais {0}: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ballot {0}: {1}</source>
        <translation>Pleidlais {0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AMENDED</source>
        <translation>DIWYGIWYD</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/reports/text.py" line="+36"/>
        <source>{0} at {1}</source>
        <translation>{0} am {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark one box</source>
        <translation>Rhowch farc mewn un blwch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark up to {0} boxes</source>
        <translation>Rhowch farc mewn hyd at {0} blwch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No. {0}</source>
        <translation>Rhif {0}</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/services/documents.py" line="-388"/>
        <source>votes cast</source>
        <translation>pleidleisiau a fwriwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>votes cast and rejected papers</source>
        <translation>pleidleisiau a fwriwyd a phapurau a wrthodwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>votes cast and abstentions</source>
        <translation>pleidleisiau a fwriwyd ac ymataliadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all papers found</source>
        <translation>yr holl bapurau a ganfuwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eligible members present</source>
        <translation>aelodau cymwys sy’n bresennol</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>drawn by BallotDesk with a cryptographic random source</source>
        <translation>wedi’i thynnu gan BallotDesk â ffynhonnell hap gryptograffig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drawn by hand in the hall and recorded by the chair</source>
        <translation>wedi’i thynnu â llaw yn y neuadd a’i chofnodi gan y cadeirydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An equality of votes between {0} was settled by lot, {1}: the lot favoured {2}{3}.</source>
        <translation>Cafodd nifer cyfartal o bleidleisiau rhwng {0} ei setlo drwy goelbren, {1}: roedd y goelbren o blaid {2}{3}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>papers found</source>
        <translation>papurau a ganfuwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abstentions and blank</source>
        <translation>ymataliadau a phapurau gwag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>wedi’u gwrthod</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Entry by {0} accepted</source>
        <translation>Derbyniwyd cofnod {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recount ordered</source>
        <translation>Gorchmynnwyd ailgyfrif</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/reports/stages.py" line="-10"/>
        <source>The count, stage by stage</source>
        <translation>Y cyfrif, cam wrth gam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Quota:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Cwota:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stage {0}</source>
        <translation>Cam {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Gweithred</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Non-transferable</source>
        <translation>Anhrosglwyddadwy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Stage {0}:&lt;/b&gt; {1}</source>
        <translation>&lt;b&gt;Cam {0}:&lt;/b&gt; {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Elected, in order:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Etholwyd, mewn trefn:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Papers rejected:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Papurau a wrthodwyd:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Papers rejected:&lt;/b&gt; none</source>
        <translation>&lt;b&gt;Papurau a wrthodwyd:&lt;/b&gt; dim</translation>
    </message>
</context>
<context>
    <name>ResultBars</name>
    <message>
        <location filename="../../ballotdesk/ui/widgets/result_bars.py" line="+49"/>
        <source>Result bars</source>
        <translation>Barrau&apos;r canlyniad</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+109"/>
        <source>No figures yet</source>
        <translation>Dim ffigurau eto</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>necessary</source>
        <translation>angenrheidiol</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ballotdesk/ui/result/lots_and_rounds.py" line="+37"/>
        <source>drawn by the app</source>
        <translation>gan yr ap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drawn in the hall</source>
        <translation>yn y neuadd</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/result/page.py" line="+59"/>
        <source>votes cast</source>
        <translation>pleidleisiau a fwriwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>votes cast and rejected papers</source>
        <translation>pleidleisiau a fwriwyd a phapurau a wrthodwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>votes cast and abstentions</source>
        <translation>pleidleisiau a fwriwyd ac ymataliadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>papers found</source>
        <translation>papurau a ganfuwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>members present and entitled to vote</source>
        <translation>aelodau sy&apos;n bresennol ac yn gymwys i bleidleisio</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/result/lots_and_rounds.py" line="+6"/>
        <source>{0} and {1}</source>
        <translation>{0} a {1}</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/result/page.py" line="+21"/>
        <source>Status of the ballot</source>
        <translation>Statws y bleidlais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ballot:</source>
        <translation>&amp;Pleidlais:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AMENDED</source>
        <translation>DIWYGIWYD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amended</source>
        <translation>Diwygiwyd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PROVISIONAL</source>
        <translation>DROS DRO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provisional: not declared</source>
        <translation>Dros dro: heb ei gyhoeddi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not declared: only the chair&apos;s declaration decides the result</source>
        <translation>Heb ei gyhoeddi: dim ond cyhoeddiad y cadeirydd sy&apos;n penderfynu&apos;r canlyniad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ballot</source>
        <translation>Pleidlais</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Result per option and box</source>
        <translation>Canlyniad fesul dewis a blwch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result as bars</source>
        <translation>Y canlyniad fel barrau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Votes cast, abstentions, rejected papers and the number necessary</source>
        <translation>Pleidleisiau a fwriwyd, ymataliadau, papurau a wrthodwyd a&apos;r nifer angenrheidiol</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/result/lots_and_rounds.py" line="+43"/>
        <location filename="../../ballotdesk/ui/result/page.py" line="+4"/>
        <source>Equality of votes: settle by lot</source>
        <translation>Pleidleisiau cyfartal: penderfynu drwy fwrw coelbren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ballotdesk/ui/result/page.py" line="+3"/>
        <source>Lot</source>
        <translation>Coelbren</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/result/page.py" line="+1"/>
        <source>&amp;Draw lot in the app</source>
        <translation>Tynnu &amp;coelbren yn yr ap</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/result/lots_and_rounds.py" line="+64"/>
        <location filename="../../ballotdesk/ui/result/page.py" line="+0"/>
        <source>Draw lot in the app</source>
        <translation>Tynnu coelbren yn yr ap</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/result/page.py" line="+1"/>
        <source>The app draws at random (operating system randomness); the draw is recorded</source>
        <translation>Mae&apos;r ap yn tynnu ar hap (hap y system weithredu); caiff y tynnu ei gofnodi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;physical draw…</source>
        <translation>Cofnodi coelbren &amp;go iawn…</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/result/lots_and_rounds.py" line="+23"/>
        <location line="+3"/>
        <location filename="../../ballotdesk/ui/result/page.py" line="+0"/>
        <source>Record physical draw</source>
        <translation>Cofnodi coelbren go iawn</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/result/page.py" line="+2"/>
        <source>Record who a draw in the hall (e.g. names from a hat) favoured</source>
        <translation>Cofnodi pwy a ffafriwyd gan goelbren yn y neuadd (e.e. enwau o het)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rounds of this ballot</source>
        <translation>Rowndiau&apos;r bleidlais hon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rounds</source>
        <translation>Rowndiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;next round</source>
        <translation>Dechrau&apos;r &amp;rownd nesaf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start next round</source>
        <translation>Dechrau&apos;r rownd nesaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the next round without the candidates who drop out</source>
        <translation>Creu&apos;r rownd nesaf heb yr ymgeiswyr sy&apos;n cael eu hepgor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>D&amp;eclare…</source>
        <translation>C&amp;yhoeddi…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+244"/>
        <source>Declare result</source>
        <translation>Cyhoeddi&apos;r canlyniad</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>The chair declares the result; the ballot is then locked</source>
        <translation>Mae&apos;r cadeirydd yn cyhoeddi&apos;r canlyniad; yna caiff y bleidlais ei chloi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amend…</source>
        <translation>&amp;Diwygio…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amend result</source>
        <translation>Diwygio&apos;r canlyniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct a declared result (one box, with the chair&apos;s reason); versions are kept</source>
        <translation>Cywiro canlyniad a gyhoeddwyd (un blwch, gyda rheswm y cadeirydd); caiff y fersiynau eu cadw</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About declaring</source>
        <translation>Ynghylch cyhoeddi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Versions of the result</source>
        <translation>Fersiynau o&apos;r canlyniad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result &amp;sheet…</source>
        <translation>&amp;Taflen canlyniad…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result sheet</source>
        <translation>Taflen canlyniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview, print or save the signed result sheet (A4 or Letter)</source>
        <translation>Rhagolwg, argraffu neu gadw&apos;r daflen canlyniad wedi&apos;i llofnodi (A4 neu Letter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>A&amp;llforio…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ballotdesk/ui/result/result_files.py" line="+98"/>
        <source>Export result</source>
        <translation>Allforio&apos;r canlyniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the result as CSV (for a spreadsheet) or JSON</source>
        <translation>Cadw&apos;r canlyniad fel CSV (ar gyfer taenlen) neu JSON</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>No ballot yet</source>
        <translation>Dim pleidlais eto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No meeting is open</source>
        <translation>Does dim cyfarfod ar agor</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Status: {0}</source>
        <translation>Statws: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} — round {1}</source>
        <translation>{0} — rownd {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule: {0}; measured against {1}.</source>
        <translation>Rheol: {0}; wedi&apos;i fesur yn erbyn {1}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seats: {0}.</source>
        <translation>Seddi: {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No result yet.</source>
        <translation>Dim canlyniad eto.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This ballot is a draft; there is no result yet.</source>
        <translation>Drafft yw&apos;r bleidlais hon; does dim canlyniad eto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voting is in progress; there is no result yet.</source>
        <translation>Mae&apos;r pleidleisio ar y gweill; does dim canlyniad eto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voting is closed; the tellers have not counted yet.</source>
        <translation>Mae&apos;r pleidleisio wedi cau; dydy&apos;r rhifwyr ddim wedi cyfrif eto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Provisional (count not complete): {0}</source>
        <translation>Dros dro (cyfrif heb ei gwblhau): {0}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Papers found: &lt;b&gt;{0:,}&lt;/b&gt;</source>
        <translation>Papurau a ganfuwyd: &lt;b&gt;{0:,}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes cast: &lt;b&gt;{0:,}&lt;/b&gt;</source>
        <translation>Pleidleisiau a fwriwyd: &lt;b&gt;{0:,}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstentions and blank papers: &lt;b&gt;{0:,}&lt;/b&gt;</source>
        <translation>Ymataliadau a phapurau gwag: &lt;b&gt;{0:,}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected papers: &lt;b&gt;{0:,}&lt;/b&gt;</source>
        <translation>Papurau a wrthodwyd: &lt;b&gt;{0:,}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentages of &lt;b&gt;{0:,}&lt;/b&gt; {1}</source>
        <translation>Canrannau o &lt;b&gt;{0:,}&lt;/b&gt; {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number necessary: &lt;b&gt;{0:,}&lt;/b&gt;</source>
        <translation>Nifer angenrheidiol: &lt;b&gt;{0:,}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not yet definitive: {0}.</source>
        <translation>Heb fod yn derfynol eto: {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blocked, to be recounted (more papers found than issued): {0}.</source>
        <translation>Wedi&apos;u hatal, i&apos;w hailgyfrif (cafwyd mwy o bapurau nag a roddwyd): {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no explanation recorded yet</source>
        <translation>dim eglurhad wedi&apos;i gofnodi eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papers not returned from {0}: &lt;b&gt;{1:,}&lt;/b&gt;; the chair&apos;s explanation: {2}</source>
        <translation>Papurau heb eu dychwelyd o {0}: &lt;b&gt;{1:,}&lt;/b&gt;; eglurhad y cadeirydd: {2}</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/result/lots_and_rounds.py" line="-101"/>
        <source>A lot {0} among {1} favoured &lt;b&gt;{2}&lt;/b&gt;.</source>
        <translation>Tynnwyd coelbren {0} rhwng {1}, a ffafriodd hi &lt;b&gt;{2}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The votes of &lt;b&gt;{0}&lt;/b&gt; are equal and decide the outcome; settle it by lot before declaring.</source>
        <translation>Mae pleidleisiau &lt;b&gt;{0}&lt;/b&gt; yn gyfartal ac yn penderfynu&apos;r canlyniad; penderfynwch drwy fwrw coelbren cyn cyhoeddi.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>continuing</source>
        <translation>yn parhau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} in round {1}</source>
        <translation>{0} yn rownd {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropped out after round {0}</source>
        <translation>wedi&apos;i hepgor ar ôl rownd {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No candidate has the required majority. Continuing: {0}; dropping out: {1}.</source>
        <translation>Does gan yr un ymgeisydd y mwyafrif angenrheidiol. Yn parhau: {0}; yn cael eu hepgor: {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No candidate has the required majority; settle the equality by lot first.</source>
        <translation>Does gan yr un ymgeisydd y mwyafrif angenrheidiol; penderfynwch y pleidleisiau cyfartal drwy fwrw coelbren yn gyntaf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This round was followed by round {0}.</source>
        <translation>Daeth rownd {0} ar ôl y rownd hon.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/result/page.py" line="+15"/>
        <source>Declared. A correction is made with Amend…, giving a reason; every version is kept.</source>
        <translation>Wedi&apos;i gyhoeddi. Gwneir cywiriad drwy Diwygio…, gan roi rheswm; caiff pob fersiwn ei chadw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settle the equality by lot before declaring.</source>
        <translation>Penderfynwch y pleidleisiau cyfartal drwy fwrw coelbren cyn cyhoeddi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted: the chair may declare the result.</source>
        <translation>Wedi&apos;i chyfrif: caiff y cadeirydd gyhoeddi&apos;r canlyniad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The result can be declared once every box is definitive and balanced or explained.</source>
        <translation>Gellir cyhoeddi&apos;r canlyniad pan fydd cyfrif pob blwch yn derfynol ac wedi&apos;i gysoni neu ei egluro.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version 1: declared at {0} by {1}.</source>
        <translation>Fersiwn 1: cyhoeddwyd am {0} gan {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version {0}: amended at {1} by {2}: {3}</source>
        <translation>Fersiwn {0}: diwygiwyd am {1} gan {2}: {3}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(this version is shown)</source>
        <translation>(dangosir y fersiwn hon)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Versions of the result&lt;/b&gt;&lt;br&gt;{0}</source>
        <translation>&lt;b&gt;Fersiynau o&apos;r canlyniad&lt;/b&gt;&lt;br&gt;{0}</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/result/lots_and_rounds.py" line="+13"/>
        <source>The app will draw at random among {0}. The draw is recorded and cannot be repeated. Draw now?</source>
        <translation>Bydd yr ap yn tynnu ar hap rhwng {0}. Caiff y tynnu ei gofnodi ac ni ellir ei ailadrodd. Tynnu nawr?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The lot drawn by the app among {0} favoured {1}.</source>
        <translation>Tynnodd yr ap goelbren rhwng {0}, a ffafriodd hi {1}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Who did the draw favour?</source>
        <translation>Pwy a ffafriwyd gan y goelbren?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How was it drawn, and by whom? (e.g. names from a hat, drawn by the secretary)</source>
        <translation>Sut y cafodd ei thynnu, a chan bwy? (e.e. enwau o het, wedi&apos;u tynnu gan yr ysgrifennydd)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Round {0} has been created as a draft. Open it on the Ballots page to issue papers.</source>
        <translation>Crëwyd rownd {0} fel drafft. Agorwch hi ar y dudalen Pleidleisiau i ddosbarthu papurau.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/result/page.py" line="+11"/>
        <source>The chair&apos;s name, to declare the result:</source>
        <translation>Enw&apos;r cadeirydd, i gyhoeddi&apos;r canlyniad:</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/result/result_files.py" line="-53"/>
        <source>round {0}</source>
        <translation>rownd {0}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This sheet is signed with the certificate of {0}, issued by {1} (fingerprint {2}): anyone who trusts {1} can check it with &apos;ballotdesk verify --trust&apos;; a printed copy shows the fingerprint in its footer.</source>
        <translation>Mae&apos;r daflen hon wedi&apos;i llofnodi â thystysgrif {0}, a roddwyd gan {1} (ôl bys {2}): gall unrhyw un sy&apos;n ymddiried yn {1} ei gwirio gyda &apos;ballotdesk verify --trust&apos;; mae copi wedi&apos;i argraffu yn dangos yr ôl bys yn ei droedyn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This sheet is signed with this installation&apos;s certificate (fingerprint {0}). Save as PDF keeps the signature, so anyone can check the file with File › Verify a Result Sheet…; a printed copy shows the fingerprint in its footer.</source>
        <translation>Mae&apos;r daflen hon wedi&apos;i llofnodi â thystysgrif y gosodiad hwn (ôl bys {0}). Mae Cadw fel PDF yn cadw&apos;r llofnod, felly gall unrhyw un wirio&apos;r ffeil drwy Ffeil › Gwirio Taflen Canlyniad…; mae copi wedi&apos;i argraffu yn dangos yr ôl bys yn ei droedyn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Result sheet — {0}</source>
        <translation>Taflen canlyniad — {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing and signing the result sheet…</source>
        <translation>Wrthi&apos;n paratoi a llofnodi&apos;r daflen canlyniad…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CSV for a spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>CSV ar gyfer taenlen (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a file name ending in .csv (for a spreadsheet) or .json.</source>
        <translation>Dewiswch enw ffeil sy&apos;n gorffen â .csv (ar gyfer taenlen) neu .json.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The result was saved to {0}.</source>
        <translation>Cadwyd y canlyniad yn {0}.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/result/page.py" line="-125"/>
        <source>Counted by: {0}.</source>
        <translation>Cyfrifwyd drwy: {0}.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/ui/result/lots_and_rounds.py" line="-34"/>
        <source>The lot drawn by the app among {0} fell on {1}.</source>
        <translation>Syrthiodd y coelbren a dynnwyd gan yr ap rhwng {0} ar {1}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0}. Whom did the draw fall on?</source>
        <translation>{0}. Ar bwy y syrthiodd y coelbren?</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ballotdesk/services/counting.py" line="-56"/>
        <source>order a recount or accept an entry</source>
        <translation>orchymyn ailgyfrif neu dderbyn cofnod</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>explain papers not returned</source>
        <translation>esbonio papurau heb eu dychwelyd</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/services/ranked/result.py" line="+9"/>
        <location filename="../../ballotdesk/services/results.py" line="-171"/>
        <source>settle an equality by lot</source>
        <translation>setlo pleidleisiau cyfartal drwy goelbren</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/services/results.py" line="+133"/>
        <source>declare the result</source>
        <translation>gyhoeddi&apos;r canlyniad</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>amend a declared result</source>
        <translation>ddiwygio canlyniad a gyhoeddwyd</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/services/meeting.py" line="+67"/>
        <source>change who may vote after registration has started</source>
        <translation>newid pwy gaiff bleidleisio ar ôl i&apos;r cofrestru ddechrau</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/services/desk.py" line="-71"/>
        <source>approve a provisional attendee&apos;s vote</source>
        <translation>gymeradwyo pleidlais mynychwr dros dro</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/services/privacy.py" line="+2"/>
        <source>purge personal data</source>
        <translation>ddileu data personol</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/services/roles.py" line="+69"/>
        <source>The chair&apos;s PIN must be 6 to 12 digits.</source>
        <translation>Rhaid i PIN y cadeirydd fod rhwng 6 a 12 digid.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>To {0}, enter the chair&apos;s PIN.</source>
        <translation>I {0}, rhowch PIN y cadeirydd.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Too many wrong PINs; try again in {0} seconds.</source>
        <translation>Gormod o PINau anghywir; rhowch gynnig arall ymhen {0} eiliad.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wait {0} seconds before trying again.</source>
        <translation>Arhoswch {0} eiliad cyn rhoi cynnig arall.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong chair PIN (1 wrong attempt).</source>
        <translation>PIN y cadeirydd yn anghywir (1 ymgais anghywir).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong chair PIN ({0} wrong attempts).</source>
        <translation>PIN y cadeirydd yn anghywir ({0} ymgais anghywir).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>change the chair&apos;s PIN</source>
        <translation>newid PIN y cadeirydd</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/services/quorum.py" line="+25"/>
        <source>go ahead although the meeting is not quorate</source>
        <translation>fwrw ymlaen er nad yw&apos;r cworwm wedi&apos;i gyrraedd</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/services/tellers.py" line="+49"/>
        <source>hand out a teller&apos;s code</source>
        <translation>roi cod i rifwr</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/services/ranked/settle.py" line="-74"/>
        <source>settle a batch of keyed papers</source>
        <translation>ddatrys swp o bapurau wedi&apos;u bysellu</translation>
    </message>
</context>
<context>
    <name>RollCsv</name>
    <message>
        <location filename="../../ballotdesk/domain/roll_csv/dates.py" line="+24"/>
        <source>day/month/year</source>
        <translation>diwrnod/mis/blwyddyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month/day/year</source>
        <translation>mis/diwrnod/blwyddyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year/month/day</source>
        <translation>blwyddyn/mis/diwrnod</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/domain/roll_csv/reader.py" line="+155"/>
        <location line="+11"/>
        <source>{0} is empty.</source>
        <translation>Mae {0} yn wag.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/domain/roll_csv/decoding.py" line="-5"/>
        <source>{0} is too large ({1} MB); BallotDesk reads membership files of up to {2} MB.</source>
        <translation>Mae {0} yn rhy fawr ({1} MB); mae BallotDesk yn darllen ffeiliau aelodaeth hyd at {2} MB.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} could not be found in {1}.</source>
        <translation>Doedd dim modd dod o hyd i {0} yn {1}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is a folder, not a CSV file.</source>
        <translation>Ffolder yw {0}, nid ffeil CSV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} could not be opened: permission denied.</source>
        <translation>Doedd dim modd agor {0}: dim caniatâd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} could not be read ({1}).</source>
        <translation>Doedd dim modd darllen {0} ({1}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} looks like an Excel workbook (.xlsx), not a CSV file; save it from Excel as &quot;CSV UTF-8&quot; first.</source>
        <translation>Mae {0} yn edrych fel llyfr gwaith Excel (.xlsx), nid ffeil CSV; cadwch hi o Excel fel &quot;CSV UTF-8&quot; yn gyntaf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} looks like an old Excel workbook (.xls), not a CSV file; save it from Excel as &quot;CSV UTF-8&quot; first.</source>
        <translation>Mae {0} yn edrych fel hen lyfr gwaith Excel (.xls), nid ffeil CSV; cadwch hi o Excel fel &quot;CSV UTF-8&quot; yn gyntaf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} looks like a PDF document, not a CSV file.</source>
        <translation>Mae {0} yn edrych fel dogfen PDF, nid ffeil CSV.</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+101"/>
        <source>{0} does not look like a text file; it may be binary, not CSV.</source>
        <translation>Dydy {0} ddim yn edrych fel ffeil testun; gallai fod yn ffeil ddeuaidd, nid CSV.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>{0} looks like {1} text but is damaged near line {2}; it may have been cut short or edited with the wrong program.</source>
        <translation>Mae {0} yn edrych fel testun {1} ond mae wedi&apos;i difrodi ger llinell {2}; efallai iddi gael ei thorri&apos;n fyr neu ei golygu gyda&apos;r rhaglen anghywir.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{0} looks like a web page (HTML), not a CSV file.</source>
        <translation>Mae {0} yn edrych fel tudalen we (HTML), nid ffeil CSV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} looks like an XML file, not a CSV file.</source>
        <translation>Mae {0} yn edrych fel ffeil XML, nid ffeil CSV.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/domain/roll_csv/dialect.py" line="+87"/>
        <source>{0} line {1}: the file could not be read as CSV ({2}).</source>
        <translation>{0} llinell {1}: doedd dim modd darllen y ffeil fel CSV ({2}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0} line {1}: a field is longer than {2} characters (perhaps a quote mark is never closed).</source>
        <translation>{0} llinell {1}: mae maes yn hirach na {2} nod (efallai nad yw dyfynnod byth yn cau).</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/domain/roll_csv/decoding.py" line="+16"/>
        <source>{0} contains NUL bytes at line {1}; it may be a binary file, not CSV.</source>
        <translation>Mae beitiau NUL yn {0} ar linell {1}; efallai mai ffeil ddeuaidd yw hi, nid CSV.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/domain/roll_csv/reader.py" line="-87"/>
        <source>{0} could not be read as CSV.</source>
        <translation>Doedd dim modd darllen {0} fel CSV.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/domain/roll_csv/dates.py" line="+85"/>
        <source>Date format {0} does not name the day, the month and the year (e.g. &apos;%d.%m.%Y&apos;).</source>
        <translation>Nid yw&apos;r fformat dyddiad {0} yn enwi&apos;r diwrnod, y mis a&apos;r flwyddyn (e.e. &apos;%d.%m.%Y&apos;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown date format {0}: use one of {1} or a strptime format such as &apos;%d.%m.%Y&apos;.</source>
        <translation>Fformat dyddiad anhysbys {0}: defnyddiwch un o {1} neu fformat strptime fel &apos;%d.%m.%Y&apos;.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/domain/roll_csv/headers.py" line="+108"/>
        <source>Choose which column holds the membership number; it is needed to import members.</source>
        <translation>Dewiswch pa golofn sy&apos;n dal y rhif aelodaeth; mae ei angen i fewnforio aelodau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown field(s) in the column mapping: {0}.</source>
        <translation>Maes neu feysydd anhysbys yn y mapio colofnau: {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} is mapped to column {1}, but the file has {2} columns.</source>
        <translation>Mae {0} wedi&apos;i fapio i golofn {1}, ond mae gan y ffeil {2} colofn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} and {1} are both mapped to column {2}; each column can hold only one field.</source>
        <translation>Mae {0} a {1} ill dau wedi&apos;u mapio i golofn {2}; dim ond un maes y gall pob colofn ei ddal.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/domain/roll_csv/records.py" line="+163"/>
        <source>wrong number of fields: {0} instead of {1}</source>
        <translation>nifer anghywir o feysydd: {0} yn lle {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (a quote mark may be missing its partner)</source>
        <translation> (efallai fod dyfynnod heb ei bartner)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>missing membership number</source>
        <translation>rhif aelodaeth ar goll</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duplicate membership number {0} (first seen on line {1})</source>
        <translation>rhif aelodaeth dyblyg {0} (a welwyd gyntaf ar linell {1})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unreadable join date &apos;{0}&apos; (expected {1})</source>
        <translation>dyddiad ymuno annarllenadwy &apos;{0}&apos; (disgwylid {1})</translation>
    </message>
</context>
<context>
    <name>RollPage</name>
    <message>
        <location filename="../../ballotdesk/ui/roll/page.py" line="+55"/>
        <source>Find on the roll</source>
        <translation>Chwilio ar y rhestr aelodau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find by name, membership number or postcode…</source>
        <translation>Chwilio yn ôl enw, rhif aelodaeth neu god post…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roll count</source>
        <translation>Nifer ar y rhestr aelodau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Members on the roll</source>
        <translation>Aelodau ar y rhestr</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tip: drop a CSV export on this page to import it.</source>
        <translation>Awgrym: llusgwch allforiad CSV i&apos;r dudalen hon i&apos;w fewnforio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll hint</source>
        <translation>Awgrym am y rhestr aelodau</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No meeting is open.</source>
        <translation>Does dim cyfarfod ar agor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0:,} members</source>
        <translation>{0:,} aelod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0:,} matching</source>
        <translation>{0:,} yn cyfateb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> ({0:,} loaded)</source>
        <translation> ({0:,} wedi&apos;u llwytho)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import roll</source>
        <translation>Mewnforio&apos;r rhestr aelodau</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Edit member</source>
        <translation>Golygu aelod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select a member on the roll first.</source>
        <translation>Dewiswch aelod ar y rhestr yn gyntaf.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save member</source>
        <translation>Cadw&apos;r aelod</translation>
    </message>
</context>
<context>
    <name>SettleDialog</name>
    <message>
        <location filename="../../ballotdesk/ui/ballots/ranked_entry.py" line="+26"/>
        <source>Settle batch {0} of {1}</source>
        <translation>Datrys swp {0} o {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two keyings of this batch do not agree. Find each paper in the batch and give its marks as written.</source>
        <translation>Nid yw dau fyselliad y swp hwn yn cytuno. Dewch o hyd i bob papur yn y swp a rhowch ei farciau fel y&apos;u hysgrifennwyd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Differing papers</source>
        <translation>Papurau sy&apos;n wahanol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper in batch</source>
        <translation>Papur yn y swp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chair&apos;s reading</source>
        <translation>Darlleniad y cadeirydd</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>(no paper)</source>
        <translation>(dim papur)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Read the papers: the chair&apos;s reading above</source>
        <translation>&amp;Darllen y papurau: darlleniad y cadeirydd uchod</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Accept {0}&apos;s keying</source>
        <translation>Derbyn byselliad {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have the batch &amp;keyed again by two tellers</source>
        <translation>Trefnu i ddau rifwr &amp;fysellu&apos;r swp eto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. paper 7 read by the chair with both tellers</source>
        <translation>e.e. papur 7 wedi&apos;i ddarllen gan y cadeirydd gyda&apos;r ddau rifwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rea&amp;son:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <location filename="../../ballotdesk/reports/identity.py" line="+206"/>
        <source>No signing certificate has been created yet.</source>
        <translation>Does dim tystysgrif llofnodi wedi&apos;i chreu eto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>certificate file</source>
        <translation>ffeil tystysgrif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} cannot be read: {1}.</source>
        <translation>Ni ellir darllen {0}: {1}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} is protected by a password; give it to unlock the certificate.</source>
        <translation>Mae {0} wedi&apos;i diogelu â chyfrinair; rhowch ef i ddatgloi&apos;r dystysgrif.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} could not be opened: the password is wrong, or it is not a certificate file (PKCS#12, .p12).</source>
        <translation>Doedd dim modd agor {0}: mae&apos;r cyfrinair yn anghywir, neu nid yw&apos;n ffeil tystysgrif (PKCS#12, .p12).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} holds no signing key and certificate.</source>
        <translation>Does dim allwedd a thystysgrif llofnodi yn {0}.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{0} is not a certificate for signing documents (it is an authority&apos;s or has no signing use).</source>
        <translation>Nid yw {0} yn dystysgrif ar gyfer llofnodi dogfennau (tystysgrif awdurdod yw hi, neu does dim defnydd llofnodi iddi).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate in {0} is valid from {1} to {2}, not today.</source>
        <translation>Mae&apos;r dystysgrif yn {0} yn ddilys o {1} i {2}, nid heddiw.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/reports/signing.py" line="+54"/>
        <source>The certificate of {0}</source>
        <translation>Tystysgrif {0}</translation>
    </message>
    <message>
        <location line="+108"/>
        <location line="+7"/>
        <source>The signing key or certificate could not be loaded.</source>
        <translation>Doedd dim modd llwytho&apos;r allwedd na&apos;r dystysgrif llofnodi.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/reports/verification.py" line="+230"/>
        <source>{0} is not a certificate (PEM or DER).</source>
        <translation>Nid yw {0} yn dystysgrif (PEM na DER).</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <location filename="../../ballotdesk/domain/preferential/table.py" line="+58"/>
        <source>Stage {0}: {1}</source>
        <translation>Cam {0}: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>elected {0}</source>
        <translation>etholwyd {0}</translation>
    </message>
</context>
<context>
    <name>StagesModel</name>
    <message>
        <location filename="../../ballotdesk/ui/result/stages_view.py" line="+75"/>
        <source>elected at this stage</source>
        <translation>etholwyd yn y cam hwn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>excluded at this stage</source>
        <translation>eithriwyd yn y cam hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out of the count</source>
        <translation>allan o&apos;r cyfrif</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stage {0}
{1}</source>
        <translation>Cam {0}
{1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Non-transferable</source>
        <translation>Anhrosglwyddadwy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
</context>
<context>
    <name>StagesPanel</name>
    <message>
        <location line="+7"/>
        <source>The count, stage by stage</source>
        <translation>Y cyfrif, cam wrth gam</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stages of the count</source>
        <translation>Camau&apos;r cyfrif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quota and rules</source>
        <translation>Cwota a rheolau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Elected in order, rejected papers and lots</source>
        <translation>Etholwyd mewn trefn, papurau a wrthodwyd a choelbrennau</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Counted by: {0}. Quota: &lt;b&gt;{1}&lt;/b&gt;.</source>
        <translation>Cyfrifwyd drwy: {0}. Cwota: &lt;b&gt;{1}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elected, in order: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Etholwyd, mewn trefn: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Papers rejected: {0}</source>
        <translation>Papurau a wrthodwyd: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>dim</translation>
    </message>
</context>
<context>
    <name>Tally</name>
    <message>
        <location filename="../../ballotdesk/domain/majority.py" line="+18"/>
        <source>most votes</source>
        <translation>y nifer fwyaf o bleidleisiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>absolute majority</source>
        <translation>mwyafrif absoliwt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>two-thirds</source>
        <translation>dwy ran o dair</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>three-quarters</source>
        <translation>tri chwarter</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>the most votes</source>
        <translation>y nifer fwyaf o bleidleisiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an absolute majority</source>
        <translation>mwyafrif absoliwt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>votes cast</source>
        <translation>pleidlais a fwriwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>votes cast and rejected papers</source>
        <translation>o&apos;r pleidleisiau a fwriwyd a&apos;r papurau a wrthodwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>votes cast and abstentions</source>
        <translation>o&apos;r pleidleisiau a fwriwyd a&apos;r ymataliadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>papers found</source>
        <translation>papur a ganfuwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>members present and entitled to vote</source>
        <translation>aelod sy&apos;n bresennol ac sydd â hawl i bleidleisio</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/domain/lots.py" line="+20"/>
        <source>by the app</source>
        <translation>gan yr ap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the hall</source>
        <translation>yn y neuadd</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A lot must be drawn among different candidates.</source>
        <translation>Rhaid tynnu coelbren rhwng ymgeiswyr gwahanol.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>A lot needs at least two candidates to choose between.</source>
        <translation>Mae angen o leiaf ddau ymgeisydd i dynnu coelbren rhyngddynt.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>{0} was not one of the candidates the lot was drawn among.</source>
        <translation>Nid oedd {0} yn un o&apos;r ymgeiswyr y tynnwyd coelbren rhyngddynt.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/domain/majority.py" line="+33"/>
        <source>The base for the majority cannot be negative ({0}).</source>
        <translation>Ni all y sylfaen ar gyfer y mwyafrif fod yn negyddol ({0}).</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/domain/tally.py" line="+103"/>
        <source>No further round is needed.</source>
        <translation>Does dim angen rownd arall.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} have equal votes; a lot must decide who drops out before the next round.</source>
        <translation>Mae gan {0} bleidleisiau cyfartal; rhaid i goelbren benderfynu pwy sy&apos;n gadael cyn y rownd nesaf.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/domain/majority.py" line="+15"/>
        <source>{0} and {1}</source>
        <translation>{0} a {1}</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/domain/lots.py" line="+51"/>
        <source>The lot was drawn among {0}, but the equality to settle is between {1}; draw the lot again.</source>
        <translation>Tynnwyd y coelbren rhwng {0}, ond mae&apos;r pleidleisiau cyfartal i&apos;w setlo rhwng {1}; tynnwch y coelbren eto.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A lot among {0} was given, but no equality in this count needs settling by lot.</source>
        <translation>Rhoddwyd coelbren rhwng {0}, ond does dim pleidleisiau cyfartal yn y cyfrif hwn i&apos;w setlo drwy goelbren.</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/domain/tally.py" line="+31"/>
        <source>The number of members present cannot be negative.</source>
        <translation>Ni all nifer yr aelodau sy&apos;n bresennol fod yn negatif.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The count for {0} does not add up: {1}</source>
        <translation>Nid yw&apos;r cyfrif ar gyfer {0} yn gywir: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The majority is measured against the members present, so the number of members present and entitled to vote must be entered.</source>
        <translation>Mesurir y mwyafrif yn erbyn yr aelodau sy&apos;n bresennol, felly rhaid rhoi nifer yr aelodau sy&apos;n bresennol ac sydd â hawl i bleidleisio.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No votes have been counted.</source>
        <translation>Does dim pleidleisiau wedi&apos;u cyfrif.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{0} {1}, {2} {3}</source>
        <translation>{0} {1}, {2} {3}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The motion would be carried: {0}.</source>
        <translation>Byddai&apos;r cynnig yn cael ei basio: {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The motion is carried: {0}.</source>
        <translation>Mae&apos;r cynnig wedi&apos;i basio: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The votes are equal; the motion would not be carried.</source>
        <translation>Mae&apos;r pleidleisiau&apos;n gyfartal; ni fyddai&apos;r cynnig yn cael ei basio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The votes are equal; the motion is not carried.</source>
        <translation>Mae&apos;r pleidleisiau&apos;n gyfartal; mae&apos;r cynnig heb ei basio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The motion would not be carried: {0}.</source>
        <translation>Ni fyddai&apos;r cynnig yn cael ei basio: {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The motion is not carried: {0}.</source>
        <translation>Mae&apos;r cynnig heb ei basio: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The motion would be carried by the required {0} ({1} of {2} {3}; {4} necessary).</source>
        <translation>Byddai&apos;r cynnig yn cael ei basio gan y {0} gofynnol ({1} o {2} {3}; {4} yn angenrheidiol).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The motion is carried by the required {0} ({1} of {2} {3}; {4} necessary).</source>
        <translation>Mae&apos;r cynnig wedi&apos;i basio gan y {0} gofynnol ({1} o {2} {3}; {4} yn angenrheidiol).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The motion would not be carried: {0}; {1} ({2}) is necessary.</source>
        <translation>Ni fyddai&apos;r cynnig yn cael ei basio: {0}; mae angen {1} ({2}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The motion is not carried: {0}; {1} ({2}) was necessary.</source>
        <translation>Mae&apos;r cynnig heb ei basio: {0}; roedd angen {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../../ballotdesk/domain/elections.py" line="+37"/>
        <source>elected</source>
        <translation>wedi&apos;i ethol</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{0} have equal votes ({1} each) for the seat.</source>
        <translation>Mae gan {0} bleidleisiau cyfartal ({1} yr un) ar gyfer y sedd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} have equal votes ({1} each) for the last seat.</source>
        <translation>Mae gan {0} bleidleisiau cyfartal ({1} yr un) ar gyfer y sedd olaf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} have equal votes ({1} each) for the last {2} seats.</source>
        <translation>Mae gan {0} bleidleisiau cyfartal ({1} yr un) ar gyfer y {2} sedd olaf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A lot drawn {0} among {1} favoured {2}, who would be {3}.</source>
        <translation>Tynnwyd coelbren {0} rhwng {1} ac roedd o blaid {2} – {3} (dros dro).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lot drawn {0} among {1} favoured {2}, who is {3}.</source>
        <translation>Tynnwyd coelbren {0} rhwng {1} ac roedd o blaid {2} – {3}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The equality must be settled by lot before the result can be declared.</source>
        <translation>Rhaid setlo&apos;r pleidleisiau cyfartal drwy goelbren cyn y gellir cyhoeddi&apos;r canlyniad.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No candidate has received any votes; nobody would be {0}.</source>
        <translation>Nid oes unrhyw ymgeisydd wedi cael pleidlais; ni fyddai neb ({0}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No candidate has received any votes; nobody is {0}.</source>
        <translation>Nid oes unrhyw ymgeisydd wedi cael pleidlais; does neb ({0}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 seat remains unfilled: no other candidate received any votes.</source>
        <translation>Mae 1 sedd yn dal yn wag: ni chafodd unrhyw ymgeisydd arall bleidlais.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} seats remain unfilled: no other candidate received any votes.</source>
        <translation>Mae {0} sedd yn dal yn wag: ni chafodd unrhyw ymgeisydd arall bleidlais.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no valid vote: no candidate received any votes, so nobody is {0}.</source>
        <translation>Does dim pleidlais ddilys: ni chafodd unrhyw ymgeisydd bleidlais, felly does neb ({0}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No other candidate has {0} (necessary: {1} of {2} {3}).</source>
        <translation>Nid oes gan unrhyw ymgeisydd arall {0} (angenrheidiol: {1} o {2} {3}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No candidate has {0} (necessary: {1} of {2} {3}).</source>
        <translation>Nid oes gan unrhyw ymgeisydd {0} (angenrheidiol: {1} o {2} {3}).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0} leads with the most votes and would be {1}.</source>
        <translation>{0} sydd ar y blaen gyda&apos;r nifer fwyaf o bleidleisiau – {1} (dros dro).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} has received the most votes and is {1}.</source>
        <translation>{0} sydd wedi cael y nifer fwyaf o bleidleisiau – {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} lead with the most votes and would be {1}.</source>
        <translation>{0} sydd ar y blaen gyda&apos;r nifer fwyaf o bleidleisiau – {1} (dros dro).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} have received the most votes and are {1}.</source>
        <translation>{0} sydd wedi cael y nifer fwyaf o bleidleisiau – {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} has the required {1} ({2} of {3}; {4} necessary) and would be {5}.</source>
        <translation>Mae gan {0} y {1} gofynnol ({2} o {3}; {4} yn angenrheidiol) – {5} (dros dro).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} has the required {1} ({2} of {3}; {4} necessary) and is {5}.</source>
        <translation>Mae gan {0} y {1} gofynnol ({2} o {3}; {4} yn angenrheidiol) – {5}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} have the required {1} (necessary: {2} of {3}) and would be {4}.</source>
        <translation>Mae gan {0} y {1} gofynnol (angenrheidiol: {2} o {3}) – {4} (dros dro).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} have the required {1} (necessary: {2} of {3}) and are {4}.</source>
        <translation>Mae gan {0} y {1} gofynnol (angenrheidiol: {2} o {3}) – {4}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A further round is needed{0}.</source>
        <translation>Mae angen rownd arall{0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A further round is needed{0} with the same candidates.</source>
        <translation>Mae angen rownd arall{0} gyda&apos;r un ymgeiswyr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A further round is needed{0} without {1}.</source>
        <translation>Mae angen rownd arall{0} heb {1}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> for 1 more seat</source>
        <translation> ar gyfer 1 sedd arall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> for {0} more seats</source>
        <translation> ar gyfer {0} sedd arall</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0} have the fewest votes ({1} each); a lot must decide who drops out.</source>
        <translation>Gan {0} y mae&apos;r nifer lleiaf o bleidleisiau ({1} yr un); rhaid i goelbren benderfynu pwy sy&apos;n gadael.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A lot drawn {0} among {1} favoured {2}, who stays in.</source>
        <translation>Tynnwyd coelbren {0} rhwng {1} ac roedd o blaid {2}, sy&apos;n aros i mewn.</translation>
    </message>
</context>
<context>
    <name>Tellers</name>
    <message>
        <location filename="../../ballotdesk/services/tellers.py" line="+3"/>
        <source>The teller needs a name.</source>
        <translation>Mae angen enw ar y rhifwr.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{0} is not one of the tellers the chair has named ({1}); the chair hands out a code to each teller.</source>
        <translation>Nid yw {0} yn un o&apos;r rhifwyr a enwodd y cadeirydd ({1}); mae&apos;r cadeirydd yn rhoi cod i bob rhifwr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} must give the teller&apos;s code the chair handed out.</source>
        <translation>Rhaid i {0} roi&apos;r cod rhifwr a roddodd y cadeirydd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is not {0}&apos;s teller code.</source>
        <translation>Nid dyna god rhifwr {0}.</translation>
    </message>
</context>
<context>
    <name>VerificationDialog</name>
    <message>
        <location filename="../../ballotdesk/ui/documents/integrity.py" line="-176"/>
        <source>Verify a result sheet</source>
        <translation>Gwirio taflen canlyniad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File: {0}</source>
        <translation>Ffeil: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File checked</source>
        <translation>Y ffeil a wiriwyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict</source>
        <translation>Dyfarniad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the check found</source>
        <translation>Yr hyn a ganfu&apos;r gwiriad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signing certificate</source>
        <translation>Tystysgrif llofnodi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate fingerprint (SHA-256)</source>
        <translation>Ôl bys y dystysgrif (SHA-256)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate fingerprint (SHA-256), as printed in the sheet&apos;s footer:</source>
        <translation>Ôl bys y dystysgrif (SHA-256), fel y&apos;i hargraffwyd yn nhroedyn y daflen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
</TS>
