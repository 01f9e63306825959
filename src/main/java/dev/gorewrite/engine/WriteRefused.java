package dev.gorewrite.engine;

/**
 * Why {@link SafeWriter} leaves a file as it is: the text follows the file's path in a message
 * (`path: is read-only; not changed`). Thrown between its steps, returned as a value from it.
 */
final class WriteRefused extends Exception {
    WriteRefused(String reason) {
        super(reason, null, false, false);
    }
}
