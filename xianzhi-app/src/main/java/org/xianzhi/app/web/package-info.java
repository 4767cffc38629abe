/**
 * The web: server-rendered pages in Chinese (an English toggle), Apache ECharts served from the jar, and a JSON API
 * under {@code /api}. {@link org.xianzhi.app.web.Atlas} is the one service both call; {@link org.xianzhi.app.web.WebServer}
 * holds one-line handlers over it and maps every exception to an HTTP status in one place. Everything shown that came
 * from a document is HTML-escaped ({@link org.xianzhi.app.web.Html}); every figure links to its source sentence
 * ({@code /documents/{id}#f{seq}}).
 */
package org.xianzhi.app.web;
