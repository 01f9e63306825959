package dev.gorewrite.guide;

/** How sure the drafter is of one drafted step. */
public enum Certainty {
    /** An edit was drafted and, where ROOT was read, its code was found there. */
    DRAFTED,
    /** No edit: a person must decide (the note names the candidate the guide's code most likely means). */
    NEEDS_REVIEW,
    /** Not Go code, or no file: a person does it by hand. */
    MANUAL
}
