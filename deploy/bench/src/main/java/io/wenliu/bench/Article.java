package io.wenliu.bench;

/** One benchmark document: the file name it is dropped or uploaded as, its title and body, and the file's text. */
record Article(String fileName, String title, String body, String text) {

    /** The characters (code points) of the file's text. */
    int chars() {
        return text.codePointCount(0, text.length());
    }
}
