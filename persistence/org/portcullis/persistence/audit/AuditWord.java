package org.portcullis.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * One word an audit event is found by (see {@code org.portcullis.core.audit.AuditWords}): the free-text index of the
 * audit history. Derived from the event, written in its transaction, not part of the hash chain. Migration V31
 * created and filled it. The table has no unique key on purpose: words left under a number by a chain cut back or
 * renumbered in the database must not block the next append (they may make the search over-find until the index is
 * rebuilt, see docs/AUDIT.md). The JPA id is (word, sequence) all the same: one event never has a word twice.
 */
@Entity
@Table(name = "audit_word")
@IdClass(AuditWord.Key.class)
public class AuditWord {

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
