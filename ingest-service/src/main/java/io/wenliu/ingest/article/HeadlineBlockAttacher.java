package io.wenliu.ingest.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Re-attaches a headline block that the page layout printed after its article: when a segment that ends with a
 * dateline and a title has no byline, and the next segment is only a byline with lead paragraphs (no title, no
 * dateline of its own), that byline and lead belong to the first article.
 */
public final class HeadlineBlockAttacher {

    List<Segment> attach(List<Segment> segments) {
        List<Segment> result = new ArrayList<>();
        for (Segment segment : segments) {
            Segment previous = result.isEmpty() ? null : result.get(result.size() - 1);
            if (previous != null && isBodyWithoutByline(previous) && isOrphanHeadlineBlock(segment)) {
                previous.bylineLines.addAll(segment.bylineLines);
                previous.leadLines.addAll(segment.bodyLines);
            } else {
                result.add(segment);
            }
        }
        return result;
    }

    private static boolean isBodyWithoutByline(Segment segment) {
        return segment.hasDateline() && segment.hasTitle() && !segment.hasByline() && segment.leadLines.isEmpty();
    }

    private static boolean isOrphanHeadlineBlock(Segment segment) {
        return segment.hasByline() && !segment.hasTitle() && !segment.hasDateline() && !segment.bareNameByline;
    }
}
