/** CSV and XLSX for the dedicated file: sniffing, streaming readers guarded against hostile files, and the template. */
package fr.education.traam.candidatures.fileimport.spreadsheet;
