/** A store location fit for messages: the password of a URL is replaced by "***". */
export function redact(target: string): string {
  return target.replace(/(\/\/[^:/@]+:)[^@]*@/, "$1***@");
}
