package org.ogicheck.web;

/** An uploaded report, held in memory only: its file name as the browser gave it and its bytes. */
record Upload(String name, byte[] bytes) {
}
