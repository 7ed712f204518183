package com.kimberlite.migration.internal.state;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;
import org.tomlj.TomlVersion;

/**
 * A state file or the project file parsed as TOML 1.0. Any failure (bytes that are not UTF-8,
 * text that is not TOML) is reported through the file's {@link StateSource}, with the 1-based
 * line; nothing else is ever thrown. A UTF-8 byte order mark at the start is ignored.
 *
 * <p>Files in the layout both tools write are read by {@link CanonicalTomlReader}; every other
 * file by the TOML parser tomlj. Both give the same {@link TomlValue} tree.
 */
public final class TomlDocument {

    private final String text;
    private final TomlRecord root;

    private TomlDocument(String text, TomlRecord root) {
        this.text = text;
        this.root = root;
    }

    /**
     * Parses a file's bytes.
     *
     * @param bytes the file's content
     * @param source the file, for messages
     * @return the document
     * @throws com.kimberlite.migration.MigrationException if the bytes are not UTF-8 or not TOML:
     *     the exception of the {@code source}
     */
    public static TomlDocument parse(byte[] bytes, StateSource source) {
        String decoded = decode(bytes, source);
        String text = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        TomlValue.Table table = CanonicalTomlReader.read(text).orElseGet(() -> parseFully(text, source));
        return new TomlDocument(text, TomlRecord.root(table, source));
    }

    /** @return the top-level table */
    public TomlRecord root() {
        return root;
    }

    /** @return whether the file holds nothing but spaces, tabs and line breaks */
    public boolean isBlank() {
        return text.chars().allMatch(c -> c == ' ' || c == '\t' || c == '\n' || c == '\r');
    }

    /**
     * Whether a top-level key holds tables written as {@code [[key]]} headers, so that another
     * {@code [[key]]} table can be appended to the file. An inline array ({@code key = []} or
     * {@code key = [{...}]}) cannot be extended that way.
     *
     * @param key the top-level key
     * @return whether {@code key} holds at least one table defined by a {@code [[key]]} header
     */
    public boolean isExtensibleArrayOfTables(String key) {
        TomlValue value = root.entries().get(key);
        if (value == null || !(value.value() instanceof TomlValue.Array array) || array.items().isEmpty()) {
            return false;
        }
        // A header's table starts at its "[[", an inline table at its "{".
        TomlValue first = array.items().get(0);
        return charAt(first.line(), first.column()) == '[';
    }

    private char charAt(int line, int column) {
        int start = 0;
        for (int l = 1; l < line && start >= 0; l++) {
            start = text.indexOf('\n', start) + 1;
        }
        int index = start + column - 1;
        return start >= 0 && index < text.length() ? text.charAt(index) : 0;
    }

    /**
     * Parses any TOML 1.0 text with tomlj.
     *
     * @param text the text
     * @param source the file, for messages
     * @return the top-level table
     */
    static TomlValue.Table parseFully(String text, StateSource source) {
        TomlParseResult result;
        try {
            result = Toml.parse(text, TomlVersion.V1_0_0);
            if (!result.hasErrors()) {
                return table(result);
            }
        } catch (StackOverflowError e) {
            // The parser, and the conversion, recurse once per level of nested arrays and inline tables.
            throw source.unreadable(0, "not valid TOML: arrays or inline tables nested too deeply", null);
        } catch (AssertionError | RuntimeException e) {
            // With assertions enabled, tomlj fails an assertion on some invalid escapes that it
            // otherwise reports as errors.
            throw source.unreadable(0, "not valid TOML: the TOML parser failed (" + e + ")", e);
        }
        TomlParseError first = result.errors().get(0);
        TomlPosition position = first.position();
        int more = result.errors().size() - 1;
        throw source.unreadable(position == null ? 0 : position.line(), "not valid TOML: " + first.getMessage()
                + (position == null ? "" : " (column " + position.column() + ")")
                + (more == 0 ? "" : "; " + more + " more error" + (more == 1 ? "" : "s") + " after it"), null);
    }

    private static TomlValue.Table table(TomlTable table) {
        Map<String, TomlValue> entries = new LinkedHashMap<>();
        for (String key : table.keySet()) {
            List<String> path = List.of(key);
            entries.put(key, value(table.get(path), table.inputPositionOf(path)));
        }
        return new TomlValue.Table(entries);
    }

    private static TomlValue value(Object value, TomlPosition position) {
        Object converted = value;
        if (value instanceof TomlTable table) {
            converted = table(table);
        } else if (value instanceof TomlArray array) {
            List<TomlValue> items = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                items.add(value(array.get(i), array.inputPositionOf(i)));
            }
            converted = new TomlValue.Array(items);
        }
        return position == null ? new TomlValue(converted, 0, 0)
                : new TomlValue(converted, position.line(), position.column());
    }

    private static String decode(byte[] bytes, StateSource source) {
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            // the lenient decoder puts U+FFFD where the bytes are not UTF-8: there are none
            return lenient;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            throw source.unreadable(lineAt(bytes, offset), String.format(
                    "not valid UTF-8 (byte 0x%02X at offset %d); save the file as UTF-8", bytes[offset] & 0xFF,
                    offset), null);
        }
        return out.flip().toString();
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
