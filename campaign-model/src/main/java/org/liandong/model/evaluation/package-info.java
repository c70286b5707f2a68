/** Regional performance evaluation: rounds, schemes, scores, moderation, publication, appeals. */
package org.liandong.model.evaluation;
