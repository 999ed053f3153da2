package io.wenliu.ingest.decode;

import java.nio.charset.Charset;

/** Text decoded from bytes, with the charset that was detected. */
public record DecodedText(String text, Charset charset) {}
