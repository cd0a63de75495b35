import { useLayoutEffect, useRef } from "react";

/**
 * A downloaded picture, shown and linked (to open it whole in a new tab) through an object URL that lives exactly as
 * long as the picture is on the page. The URL is set on the elements themselves: it is a resource to free, not state.
 */
export function ReceiptPicture({ file, name }: { file: Blob; name: string }) {
  const link = useRef<HTMLAnchorElement>(null);
  const image = useRef<HTMLImageElement>(null);

  useLayoutEffect(() => {
    const url = URL.createObjectURL(file);
    if (link.current) link.current.href = url;
    if (image.current) image.current.src = url;
    return () => URL.revokeObjectURL(url);
  }, [file]);

  return (
    <a ref={link} target="_blank" rel="noreferrer">
      <img ref={image} alt={`Receipt ${name}`} />
    </a>
  );
}
