package org.liandong.access;

import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Errors Tomcat answers itself, before any servlet (a path with a bad escape or an encoded slash, a
 * request line or headers over the limit), as problem+json in place of Tomcat's HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    try {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      response
          .getOutputStream()
          .write(
              Problems.bytesOf(Problems.ofStatus(status, ProblemErrorController.detailOf(status))));
      response.finishResponse();
    } catch (IOException | IllegalStateException e) {
      // The client is gone or the response is already written: there is nobody left to tell.
    }
  }
}
