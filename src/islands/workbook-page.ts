// The islands of a page with the workbook bar and the PDF buttons but no fields (the worksheet list).
import './workbook-bar.ts';
import './pdf-download.ts';
