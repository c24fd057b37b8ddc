package io.github.acubepl.cli;

import io.github.acubepl.mapping.ValidationIssue;

/** The language of issue messages in the text report. */
enum Language {
    EN,
    PL;

    String message(ValidationIssue issue) {
        return this == PL ? issue.messagePl() : issue.messageEn();
    }
}
