package org.portcullis.ui.audit;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.portcullis.audit.AuditFilter;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The filter fields above the audit grid; every change calls {@code onChange}. Times are UTC. */
class AuditFilterBar extends Composite<FlexLayout> {

    private final DateTimePicker from = picker("From (UTC)", "audit-from");
    private final DateTimePicker to = picker("To (UTC)", "audit-to");
    private final TextField actor = text("Actor", "audit-actor");
    private final ComboBox<String> action = new ComboBox<>("Action");
    private final ComboBox<String> objectType = new ComboBox<>("Object type");
    private final TextField objectName = text("Object name (end with * for a prefix)", "audit-object-name");
    private final IntegerField request = new IntegerField("Request #");
    private final TextField freeText = text("Words", "audit-text");

    AuditFilterBar(List<String> actions, List<String> objectTypes, Runnable onChange) {
        action.setId("audit-action");
        action.setItems(actions);
        action.setClearButtonVisible(true);
        objectType.setId("audit-object-type");
        objectType.setItems(objectTypes);
        objectType.setClearButtonVisible(true);
        request.setId("audit-request");
        request.setClearButtonVisible(true);
        request.setValueChangeMode(ValueChangeMode.LAZY);
        // the hint stays out of the layout: a helper line under the field pushed the panels below down
        freeText.setPlaceholder("start of a word");
        freeText.setTooltipText("Finds events with words starting with what you type (any case) in actor, action,"
                + " object name, before or after; several words must all match");
        var clear = new Button("Clear filters", e -> clear());
        clear.setId("audit-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var layout = getContent();
        layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        layout.setAlignItems(FlexLayout.Alignment.BASELINE);
        layout.getStyle().set("gap", "var(--lumo-space-s)");
        layout.add(from, to, actor, action, objectType, objectName, request, freeText, clear);
        List.<HasValue<?, ?>>of(from, to, actor, action, objectType, objectName, request, freeText)
                .forEach(f -> f.addValueChangeListener(e -> onChange.run()));
    }

    AuditFilter filter() {
        return new AuditFilter(utc(from.getValue()), utc(to.getValue()), actor.getValue(), action.getValue(),
                objectType.getValue(), objectName.getValue(),
                request.getValue() == null ? null : request.getValue().longValue(), freeText.getValue());
    }

    /** Shows a filter (from the URL), e.g. {@code /audit?objectType=WORKLOAD&objectName=llm-service}. */
    void show(AuditFilter f) {
        from.setValue(f.from() == null ? null : LocalDateTime.ofInstant(f.from(), ZoneOffset.UTC));
        to.setValue(f.to() == null ? null : LocalDateTime.ofInstant(f.to(), ZoneOffset.UTC));
        actor.setValue(f.actor() == null ? "" : f.actor());
        action.setValue(f.action());
        objectType.setValue(f.objectType());
        objectName.setValue(f.objectName() == null ? "" : f.objectName());
        request.setValue(f.changeRequest() == null ? null : f.changeRequest().intValue());
        freeText.setValue(f.text() == null ? "" : f.text());
    }

    private void clear() {
        show(AuditFilter.NONE);
    }

    private static java.time.Instant utc(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    static DateTimePicker picker(String label, String id) {
        var picker = new DateTimePicker(label);
        picker.setId(id);
        picker.setStep(Duration.ofSeconds(1));
        return picker;
    }

    private static TextField text(String label, String id) {
        var field = new TextField(label);
        field.setId(id);
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(400);
        return field;
    }
}
