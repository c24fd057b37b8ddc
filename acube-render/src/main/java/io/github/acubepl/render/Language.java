package io.github.acubepl.render;

/** The language of the labels of a rendered invoice; the invoice's own texts are shown as written. */
public enum Language {
    /** Polish, as the official visualisation (the default). */
    PL,
    /** English. */
    EN
}
