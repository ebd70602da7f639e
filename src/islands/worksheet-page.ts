// The islands of worksheet pages: the form binding and the workbook bar share one session.
import './workbook-bar.ts';
import './worksheet-form.ts';
