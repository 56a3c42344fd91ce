package org.portcullis.core.requests;

public enum Operation { CREATE, UPDATE, DELETE }
