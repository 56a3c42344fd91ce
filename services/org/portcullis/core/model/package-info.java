/**
 * The policy model as plain values: what the inventory holds, what change requests carry as before/after, and what
 * the compiler and the Keycloak sync read. No framework imports, no clocks, no random ids (an ArchUnit test says so).
 */
package org.portcullis.core.model;
