package io.wenliu.analysis.segment.crf;

import org.ansj.app.crf.Config;
import org.nlpcn.commons.lang.util.WordAlert;

/**
 * The positions the CRF tags, as ansj's Config.wordAlert makes them: characters normalised by WordAlert.alertStr,
 * each run of ASCII digits or of characters 'A'..'z' one position named by its length (with wordAlert's swapped
 * codes where a digit run meets a Latin one).
 */
final class CrfElements {
    /** Name of each position (a character, or a digit/Latin run's length code), in the first {@link #count}. */
    final char[] names;

    /** Number of characters of the text each position covers. */
    final int[] lengths;

    /** Number of positions. */
    final int count;

    private CrfElements(char[] names, int[] lengths, int count) {
        this.names = names;
        this.lengths = lengths;
        this.count = count;
    }

    static CrfElements of(String text) {
        char[] names = WordAlert.alertStr(text); // grouped in place: a run's name goes where the run starts
        int[] lengths = new int[names.length];
        int count = 0;
        int run = 0;
        int status = 0; // 1 digits, 2 Latin
        for (int i = 0; i < names.length; i++) {
            char c = names[i];
            if (c >= '0' && c <= '9') {
                if (status == 2) { // ansj names the Latin run before a digit with the digit code
                    count = add(names, lengths, count, digits(run), run);
                    run = 0;
                }
                run++;
                status = 1;
            } else if (c >= 'A' && c <= 'z') {
                if (status == 1) { // and the digit run before a Latin letter with the Latin code
                    count = add(names, lengths, count, latin(run), run);
                    run = 0;
                }
                run++;
                status = 2;
            } else {
                if (status == 1) {
                    count = add(names, lengths, count, digits(run), run);
                } else if (status == 2) {
                    count = add(names, lengths, count, latin(run), run);
                }
                run = 0;
                count = add(names, lengths, count, c, 1);
                status = 0;
            }
        }
        if (run > 0) {
            count = add(names, lengths, count, status == 1 ? digits(run) : latin(run), run);
        }
        return new CrfElements(names, lengths, count);
    }

    /** Config.getNum: the code of a digit run by its length, the same for all runs over 9. */
    private static char digits(int run) {
        return run > 9 ? Config.NUM_BEGIN : (char) (Config.NUM_BEGIN + run);
    }

    /** Config.getEn: the code of a Latin run by its length, the same for all runs over 9. */
    private static char latin(int run) {
        return run > 9 ? Config.EN_BEGIN : (char) (Config.EN_BEGIN + run);
    }

    private static int add(char[] names, int[] lengths, int count, char name, int length) {
        names[count] = name;
        lengths[count] = length;
        return count + 1;
    }
}
