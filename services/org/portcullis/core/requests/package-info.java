/**
 * Change-request rules as pure functions: who must approve ({@link org.portcullis.core.requests.ApprovalRules#requirementFor}),
 * who may decide now ({@link org.portcullis.core.requests.ApprovalRules#mayDecide}) and when a request is approved.
 * The requests facade enforces them on the server; the UI only mirrors them.
 */
package org.portcullis.core.requests;
