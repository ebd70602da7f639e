// The islands of worksheet pages: the form binding, the workbook bar and the PDF buttons share one session.
import './workbook-bar.ts';
import './worksheet-form.ts';
import './pdf-download.ts';
