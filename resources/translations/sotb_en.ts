<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CandidatesDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/disposal_dialog.py" line="193" />
        <source>%n suggestion(s): all their broken or lost units are added.</source>
        <translation>
            <numerusform>%n suggestion: all its broken or lost units are added.</numerusform>
            <numerusform>%n suggestions: all their broken or lost units are added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueImportDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/catalogue_import_dialog.py" line="123" />
        <source>This level uses an imported list of %n line(s).</source>
        <translation>
            <numerusform>This level uses an imported list of %n line.</numerusform>
            <numerusform>This level uses an imported list of %n lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/catalogue_import_dialog.py" line="183" />
        <source>Replace the minimum equipment list of this level by the %n line(s) read?</source>
        <translation>
            <numerusform>Replace the minimum equipment list of this level by the %n line read?</numerusform>
            <numerusform>Replace the minimum equipment list of this level by the %n lines read?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/catalogue_import_dialog.py" line="204" />
        <source>The list now has %n line(s).</source>
        <translation>
            <numerusform>The list now has %n line.</numerusform>
            <numerusform>The list now has %n lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassesDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/classes_dialog.py" line="66" />
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n class</numerusform>
            <numerusform>%n classes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompleteTasksDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/due_tasks_dialog.py" line="394" />
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/due_tasks_dialog.py" line="397" />
        <source>%n task(s) done:</source>
        <translation>
            <numerusform>%n task done:</numerusform>
            <numerusform>%n tasks done:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompliancePage</name>
    <message numerus="yes">
        <location filename="../../app/ui/compliance_page.py" line="498" />
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/compliance_page.py" line="586" />
        <source>%n shortfall(s)</source>
        <translation>
            <numerusform>%n shortfall</numerusform>
            <numerusform>%n shortfalls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/compliance_page.py" line="595" />
        <source>No shortfall found in %n room(s).</source>
        <translation>
            <numerusform>No shortfall found in %n room.</numerusform>
            <numerusform>No shortfall found in %n rooms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/compliance_page.py" line="643" />
        <source>Items whose catalogue code is not on the list (%n code(s))</source>
        <translation>
            <numerusform>Items whose catalogue code is not on the list (%n code)</numerusform>
            <numerusform>Items whose catalogue code is not on the list (%n codes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/compliance_page.py" line="697" />
        <source>%n line(s) shown</source>
        <translation>
            <numerusform>%n line shown</numerusform>
            <numerusform>%n lines shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountSession</name>
    <message numerus="yes">
        <location filename="../../app/ui/count_session.py" line="663" />
        <source>%n with units missing</source>
        <translation>
            <numerusform>%n with units missing</numerusform>
            <numerusform>%n with units missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/count_session.py" line="664" />
        <source>%n found in another room</source>
        <translation>
            <numerusform>%n found in another room</numerusform>
            <numerusform>%n found in another room</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/count_session.py" line="667" />
        <source>%n from other rooms found here</source>
        <translation>
            <numerusform>%n from other rooms found here</numerusform>
            <numerusform>%n from other rooms found here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/count_session.py" line="668" />
        <source>%n extra</source>
        <translation>
            <numerusform>%n extra</numerusform>
            <numerusform>%n extra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/count_session.py" line="931" />
        <source>%n not found.</source>
        <translation>
            <numerusform>%n not found.</numerusform>
            <numerusform>%n not found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/count_session.py" line="933" />
        <source>%n more than the book.</source>
        <translation>
            <numerusform>%n more than the book.</numerusform>
            <numerusform>%n more than the book.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/count_session.py" line="935" />
        <source>%n to dispose of.</source>
        <translation>
            <numerusform>%n to dispose of.</numerusform>
            <numerusform>%n to dispose of.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/count_session.py" line="1024" />
        <source>Record the %n selected item(s) as looked for and not found? Finalising the count records their units as lost.</source>
        <translation>
            <numerusform>Record the %n selected item as looked for and not found? Finalising the count records its units as lost.</numerusform>
            <numerusform>Record the %n selected items as looked for and not found? Finalising the count records their units as lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/count_session.py" line="1039" />
        <source>Take back what was counted of the %n selected lines?</source>
        <translation>
            <numerusform>Take back what was counted of the %n selected line?</numerusform>
            <numerusform>Take back what was counted of the %n selected lines?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountWizard</name>
    <message numerus="yes">
        <location filename="../../app/ui/count_wizard.py" line="154" />
        <source>%1 – %2 (%n item(s))</source>
        <translation>
            <numerusform>%1 – %2 (%n item)</numerusform>
            <numerusform>%1 – %2 (%n items)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisposalDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/disposal_dialog.py" line="461" />
        <location filename="../../app/ui/disposal_dialog.py" line="608" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/disposal_dialog.py" line="463" />
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/disposal_dialog.py" line="610" />
        <source>%n unit(s) leave the register.</source>
        <translation>
            <numerusform>%n unit leaves the register.</numerusform>
            <numerusform>%n units leave the register.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisposalsPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/disposals_page.py" line="110" />
        <source>%n disposal(s)</source>
        <translation>
            <numerusform>%n disposal</numerusform>
            <numerusform>%n disposals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueTasksPanel</name>
    <message numerus="yes">
        <location filename="../../app/ui/due_tasks_dialog.py" line="119" />
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/due_tasks_dialog.py" line="122" />
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/due_tasks_dialog.py" line="257" />
        <source>%n ticked</source>
        <translation>
            <numerusform>%n ticked</numerusform>
            <numerusform>%n ticked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/due_tasks_dialog.py" line="262" />
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/due_tasks_dialog.py" line="360" />
        <source>Recorded %n task(s) as done.</source>
        <translation>
            <numerusform>Recorded %n task as done.</numerusform>
            <numerusform>Recorded %n tasks as done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/equipment_page.py" line="221" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/equipment_page.py" line="279" />
        <source>Move %n item(s) to:</source>
        <translation>
            <numerusform>Move %n item to:</numerusform>
            <numerusform>Move %n items to:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/equipment_page.py" line="315" />
        <source>Delete %n item(s)? They go to Deleted items and can be restored.</source>
        <translation>
            <numerusform>Delete %n item? They go to Deleted items and can be restored.</numerusform>
            <numerusform>Delete %n items? They go to Deleted items and can be restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FaultsPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/faults_page.py" line="181" />
        <source>%n overdue repair(s)</source>
        <translation>
            <numerusform>%n overdue repair</numerusform>
            <numerusform>%n overdue repairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/faults_page.py" line="187" />
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/faults_page.py" line="191" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/faults_page.py" line="193" />
        <source>%n being repaired</source>
        <translation>
            <numerusform>%n being repaired</numerusform>
            <numerusform>%n being repaired</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FinaliseDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/count_finalise_dialog.py" line="224" />
        <source>%n item(s) change in the register:</source>
        <translation>
            <numerusform>%n item changes in the register:</numerusform>
            <numerusform>%n items change in the register:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/count_finalise_dialog.py" line="230" />
        <source>%n item(s) move room</source>
        <translation>
            <numerusform>%n item moves room</numerusform>
            <numerusform>%n items move room</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/count_finalise_dialog.py" line="231" />
        <source>%n change condition</source>
        <translation>
            <numerusform>%n changes condition</numerusform>
            <numerusform>%n change condition</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/count_finalise_dialog.py" line="232" />
        <source>%n extra item(s)</source>
        <translation>
            <numerusform>%n extra item</numerusform>
            <numerusform>%n extra items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/count_finalise_dialog.py" line="242" />
        <source>%n item(s) were disposed of or deleted since the count opened: left alone.</source>
        <translation>
            <numerusform>%n item was disposed of or deleted since the count opened: left alone.</numerusform>
            <numerusform>%n items were disposed of or deleted since the count opened: left alone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/count_finalise_dialog.py" line="251" />
        <source>%n item(s) were changed in the register after the count opened (a loan returned, an edit, a repair). Their counted figures apply over their figures of now; the minutes show both. Check them in the last tab.</source>
        <translation>
            <numerusform>%n item was changed in the register after the count opened (a loan returned, an edit, a repair). Its counted figures apply over its figures of now; the minutes show both. Check it in the last tab.</numerusform>
            <numerusform>%n items were changed in the register after the count opened (a loan returned, an edit, a repair). Their counted figures apply over their figures of now; the minutes show both. Check them in the last tab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/count_finalise_dialog.py" line="262" />
        <source>The committee looked for the %n item(s) not counted and did not find them: record their units as lost.</source>
        <translation>
            <numerusform>The committee looked for the %n item not counted and did not find it: record its units as lost.</numerusform>
            <numerusform>The committee looked for the %n items not counted and did not find them: record their units as lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/count_finalise_dialog.py" line="394" />
        <source>Apply the count to the register now? %n item(s) change: </source>
        <translation>
            <numerusform>Apply the count to the register now? %n item changes: </numerusform>
            <numerusform>Apply the count to the register now? %n items change: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/count_finalise_dialog.py" line="433" />
        <source>The count is finalised: %n item(s) changed in the register.</source>
        <translation>
            <numerusform>The count is finalised: %n item changed in the register.</numerusform>
            <numerusform>The count is finalised: %n items changed in the register.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeCards</name>
    <message numerus="yes">
        <location filename="../../app/ui/home_cards.py" line="34" />
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/home_cards.py" line="53" />
        <source>%n loan(s) still out</source>
        <translation>
            <numerusform>%n loan still out</numerusform>
            <numerusform>%n loans still out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/home_cards.py" line="55" />
        <source>%n due within two hours</source>
        <translation>
            <numerusform>%n due within two hours</numerusform>
            <numerusform>%n due within two hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/home_cards.py" line="98" />
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/home_cards.py" line="100" />
        <source>%n more due within 30 days</source>
        <translation>
            <numerusform>%n more due within 30 days</numerusform>
            <numerusform>%n more due within 30 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <location filename="../../app/ui/home_page.py" line="279" />
        <source>%n disposed item(s) kept as history</source>
        <translation>
            <numerusform>%n disposed item kept as history</numerusform>
            <numerusform>%n disposed items kept as history</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/inventory_page.py" line="112" />
        <source>%n count(s)</source>
        <translation>
            <numerusform>%n count</numerusform>
            <numerusform>%n counts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemPicker</name>
    <message numerus="yes">
        <location filename="../../app/ui/item_scan.py" line="66" />
        <source>%n item(s) match «%1». Select and press Enter.</source>
        <translation>
            <numerusform>%n item matches «%1». Select and press Enter.</numerusform>
            <numerusform>%n items match «%1». Select and press Enter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/label_dialog.py" line="74" />
        <source>the %n selected item(s)</source>
        <translation>
            <numerusform>the %n selected item</numerusform>
            <numerusform>the %n selected items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LendDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/forms/loan_form.py" line="360" />
        <source>%n item(s) on the list</source>
        <translation>
            <numerusform>%n item on the list</numerusform>
            <numerusform>%n items on the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/forms/loan_form.py" line="362" />
        <source>%n unit(s) in all</source>
        <translation>
            <numerusform>%n unit in all</numerusform>
            <numerusform>%n units in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/list_page.py" line="174" />
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoansPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/loans_page.py" line="58" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/loans_page.py" line="60" />
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/loans_page.py" line="61" />
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/loans_page.py" line="183" />
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/loans_page.py" line="189" />
        <source>%n loan(s)</source>
        <translation>
            <numerusform>%n loan</numerusform>
            <numerusform>%n loans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/loans_page.py" line="191" />
        <source>%n due within 2 hours</source>
        <translation>
            <numerusform>%n due within 2 hours</numerusform>
            <numerusform>%n due within 2 hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/loans_page.py" line="280" />
        <source>Take back everything still out on the %n selected loan(s), in good condition?</source>
        <translation>
            <numerusform>Take back everything still out on the %n selected loan, in good condition?</numerusform>
            <numerusform>Take back everything still out on the %n selected loans, in good condition?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="239" />
        <source>%n item(s) in the register</source>
        <translation>
            <numerusform>%n item in the register</numerusform>
            <numerusform>%n items in the register</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MaintenancePage</name>
    <message numerus="yes">
        <location filename="../../app/ui/maintenance_page.py" line="90" />
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/maintenance_page.py" line="107" />
        <source>Delete %n maintenance record(s)?</source>
        <translation>
            <numerusform>Delete %n maintenance record?</numerusform>
            <numerusform>Delete %n maintenance records?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message numerus="yes">
        <location filename="../../app/ui/forms/plan_form.py" line="254" />
        <source>every %n year(s)</source>
        <translation>
            <numerusform>every %n year</numerusform>
            <numerusform>every %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/forms/plan_form.py" line="256" />
        <source>every %n month(s)</source>
        <translation>
            <numerusform>every %n month</numerusform>
            <numerusform>every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/forms/plan_form.py" line="258" />
        <source>every %n week(s)</source>
        <translation>
            <numerusform>every %n week</numerusform>
            <numerusform>every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/forms/plan_form.py" line="259" />
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/plans_page.py" line="155" />
        <source>%n task(s) due</source>
        <translation>
            <numerusform>%n task due</numerusform>
            <numerusform>%n tasks due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plans_page.py" line="162" />
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plans_page.py" line="202" />
        <source>Delete %n plan(s)? The maintenance already recorded under them stays in the log.</source>
        <translation>
            <numerusform>Delete %n plan? The maintenance already recorded under it stays in the log.</numerusform>
            <numerusform>Delete %n plans? The maintenance already recorded under them stays in the log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomWeekView</name>
    <message numerus="yes">
        <location filename="../../app/ui/room_week_view.py" line="234" />
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/room_week_view.py" line="236" />
        <source>%n period(s) used</source>
        <translation>
            <numerusform>%n period used</numerusform>
            <numerusform>%n periods used</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/rooms_page.py" line="135" />
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n room</numerusform>
            <numerusform>%n rooms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/rooms_page.py" line="168" />
        <source>Delete %n room(s)?</source>
        <translation>
            <numerusform>Delete %n room?</numerusform>
            <numerusform>Delete %n rooms?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/wizard.py" line="113" />
        <source>With a demo register: a realistic lower secondary school with %n items, to explore the program</source>
        <translation>
            <numerusform>With a demo register: a realistic lower secondary school with %n items, to explore the program</numerusform>
            <numerusform>With a demo register: a realistic lower secondary school with %n items, to explore the program</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/sync_dialog.py" line="118" />
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n change waiting to be sent.</numerusform>
            <numerusform>%n changes waiting to be sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message numerus="yes">
        <location filename="../../app/ui/sync_status.py" line="66" />
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_status.py" line="72" />
        <source>%n to review</source>
        <translation>
            <numerusform>%n to review</numerusform>
            <numerusform>%n to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_status.py" line="93" />
        <source>(oldest %n hour(s))</source>
        <translation>
            <numerusform>(oldest %n hour)</numerusform>
            <numerusform>(oldest %n hours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_status.py" line="94" />
        <source>(oldest %n day(s))</source>
        <translation>
            <numerusform>(oldest %n day)</numerusform>
            <numerusform>(oldest %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/transfer_dialog.py" line="227" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/transfer_dialog.py" line="229" />
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransfersPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/transfers_page.py" line="154" />
        <source>%n item(s) handed over</source>
        <translation>
            <numerusform>%n item handed over</numerusform>
            <numerusform>%n items handed over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/transfers_page.py" line="160" />
        <source>%n item(s) sent by another school have no room yet.</source>
        <translation>
            <numerusform>%n item sent by another school has no room yet.</numerusform>
            <numerusform>%n items sent by another school have no room yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsageListPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/room_usage_page.py" line="177" />
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/room_usage_page.py" line="190" />
        <source>Delete %n session(s) from the book?</source>
        <translation>
            <numerusform>Delete %n session from the book?</numerusform>
            <numerusform>Delete %n sessions from the book?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsageStatsView</name>
    <message numerus="yes">
        <location filename="../../app/ui/usage_stats_view.py" line="383" />
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/usage_stats_view.py" line="385" />
        <source>%n period(s)</source>
        <translation>
            <numerusform>%n period</numerusform>
            <numerusform>%n periods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/usage_stats_view.py" line="387" />
        <source>in %n room(s)</source>
        <translation>
            <numerusform>in %n room</numerusform>
            <numerusform>in %n rooms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/usage_stats_view.py" line="390" />
        <source>%n session(s) noted a problem</source>
        <translation>
            <numerusform>%n session noted a problem</numerusform>
            <numerusform>%n sessions noted a problem</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsbSync</name>
    <message numerus="yes">
        <location filename="../../app/ui/usb_sync.py" line="74" />
        <source>Reply applied: %n change(s) from the district.</source>
        <translation>
            <numerusform>Reply applied: %n change from the district.</numerusform>
            <numerusform>Reply applied: %n changes from the district.</numerusform>
        </translation>
    </message>
</context>
</TS>