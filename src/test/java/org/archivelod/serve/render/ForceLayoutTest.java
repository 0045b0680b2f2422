package org.archivelod.serve.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The force-directed layout is deterministic, keeps linked nodes near and label boxes apart, and finds the parts. */
class ForceLayoutTest {
    private static final int[][] STAR = {{0, 1}, {0, 2}, {0, 3}, {0, 4}, {1, 2}};

    private static double[][] boxes(int n) {
        double[][] b = new double[n][];
        for (int i = 0; i < n; i++) b[i] = new double[] {160, 20};
        return b;
    }

    @Test
    void theSameGraphIsAlwaysDrawnTheSame() {
        double[][] a = ForceLayout.place(5, STAR, 120, boxes(5));
        double[][] b = ForceLayout.place(5, STAR, 120, boxes(5));
        for (int i = 0; i < 5; i++) assertArrayEquals(a[i], b[i]);
    }

    @Test
    void labelBoxesDoNotOverlap_andNodesStayNearTheirLinks() {
        double[][] p = ForceLayout.place(5, STAR, 120, boxes(5));
        for (int i = 0; i < 5; i++) {
            for (int j = i + 1; j < 5; j++) {
                boolean overlap = Math.abs(p[i][0] - p[j][0]) < 160 && Math.abs(p[i][1] - p[j][1]) < 20;
                assertTrue(!overlap, i + " and " + j + " overlap");
            }
        }
        for (int[] e : STAR) {
            double d = Math.hypot(p[e[0]][0] - p[e[1]][0], p[e[0]][1] - p[e[1]][1]);
            assertTrue(d < 400, "linked nodes within reach: " + d);
        }
    }

    @Test
    void componentsAreFound_largestFirst() {
        assertEquals(List.of(List.of(2, 3, 4), List.of(0, 1), List.of(5)),
                ForceLayout.components(6, new int[][] {{0, 1}, {2, 3}, {4, 3}}));
    }
}
