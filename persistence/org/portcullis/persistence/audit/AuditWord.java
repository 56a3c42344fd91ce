package org.portcullis.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * One word an audit event is found by (see {@code org.portcullis.core.audit.AuditWords}): the free-text index of the
 * audit history. Derived from the event, written in its transaction, not part of the hash chain. Migration V31
 * created and filled it. Appending an event first deletes words still stored under its number ({@link
 * #DELETE_OF_EVENT}): there are none unless the chain was cut back or renumbered in the database, and then stale words
 * must neither block the append nor describe the new event.
 */
@Entity
@Table(name = "audit_word")
@IdClass(AuditWord.Key.class)
@NamedQuery(name = AuditWord.DELETE_OF_EVENT, query = "DELETE FROM AuditWord w WHERE w.sequence = :sequence")
public class AuditWord {

    public static final String DELETE_OF_EVENT = "AuditWord.deleteOfEvent";

    /** Same as {@code AuditWords.MAX_LENGTH}. */
    public static final int WORD_MAX = 100;

    @Id
    @Column(length = WORD_MAX)
    private String word;
    @Id
    private long sequence;

    protected AuditWord() {
    }

    public AuditWord(String word, long sequence) {
        this.word = word;
        this.sequence = sequence;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuditWord other && sequence == other.sequence && word.equals(other.word);
    }

    @Override
    public int hashCode() {
        return Objects.hash(word, sequence);
    }

    /** The composite id. */
    public static class Key implements Serializable {
        private String word;
        private long sequence;

        public Key() {
        }

        public Key(String word, long sequence) {
            this.word = word;
            this.sequence = sequence;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && sequence == other.sequence && Objects.equals(word, other.word);
        }

        @Override
        public int hashCode() {
            return Objects.hash(word, sequence);
        }
    }
}
