// opencc-js ships its dictionaries as ES modules whose default export is the table as a
// string, without type declarations for these deep imports.
declare module 'opencc-js/dict/*' {
	const dictionary: string;
	export default dictionary;
}
