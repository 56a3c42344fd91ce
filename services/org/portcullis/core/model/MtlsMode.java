package org.portcullis.core.model;

/** Istio PeerAuthentication mode of a namespace. STRICT unless a zone is being migrated. */
public enum MtlsMode { STRICT, PERMISSIVE }
