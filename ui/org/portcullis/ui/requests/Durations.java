package org.portcullis.ui.requests;

import com.vaadin.flow.component.select.Select;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The time-bound choices of the self-service catalogue. */
public final class Durations {
    public static final Map<String, Duration> CHOICES = new LinkedHashMap<>();

    static {
        CHOICES.put("1 hour", Duration.ofHours(1));
        CHOICES.put("8 hours", Duration.ofHours(8));
        CHOICES.put("1 day", Duration.ofDays(1));
        CHOICES.put("7 days", Duration.ofDays(7));
        CHOICES.put("30 days", Duration.ofDays(30));
        CHOICES.put("permanently", null);
    }

    private Durations() {
    }

    public static Select<String> select(String id, String initial) {
        var select = new Select<String>();
        select.setId(id);
        select.setLabel("For");
        select.setItems(CHOICES.keySet());
        select.setValue(initial);
        return select;
    }
}
