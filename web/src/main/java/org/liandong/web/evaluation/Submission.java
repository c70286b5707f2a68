package org.liandong.web.evaluation;

import java.util.Map;

/**
 * One form sent to the command side from a round's pages, to show again as typed if refused.
 *
 * @param form the form's name on its page
 * @param done the key of the word shown once the command side records it
 * @param values what was typed, by the API's field names
 */
record Submission(String form, String done, Map<String, String> values) {}
