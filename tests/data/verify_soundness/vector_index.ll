; extractelement/insertelement with narrow (i1/i2) variable indices: the index is an unsigned value of its own width.

;; pair: insertelement at an i1 index leaves lane 2 alone, target says lane 2 is x when the index is 0
;; expect: refuted
;; source
define i32 @f(<4 x i32> noundef %v, i32 noundef %x, i1 noundef %b) {
  %r = insertelement <4 x i32> %v, i32 %x, i1 %b
  %e = extractelement <4 x i32> %r, i64 2
  ret i32 %e
}
;; target
define i32 @f(<4 x i32> noundef %v, i32 noundef %x, i1 noundef %b) {
  %v2 = extractelement <4 x i32> %v, i64 2
  %e = select i1 %b, i32 %v2, i32 %x
  ret i32 %e
}

;; pair: insertelement at an i1 index never touches lane 2
;; expect: proved
;; source
define i32 @f(<4 x i32> noundef %v, i32 noundef %x, i1 noundef %b) {
  %r = insertelement <4 x i32> %v, i32 %x, i1 %b
  %e = extractelement <4 x i32> %r, i64 2
  ret i32 %e
}
;; target
define i32 @f(<4 x i32> noundef %v, i32 noundef %x, i1 noundef %b) {
  %e = extractelement <4 x i32> %v, i64 2
  ret i32 %e
}

;; pair: insertelement at an i2 index into an 8-lane vector leaves lane 5 alone
;; expect: proved
;; source
define i8 @f(<8 x i8> noundef %v, i8 noundef %x, i2 noundef %b) {
  %r = insertelement <8 x i8> %v, i8 %x, i2 %b
  %e = extractelement <8 x i8> %r, i64 5
  ret i8 %e
}
;; target
define i8 @f(<8 x i8> noundef %v, i8 noundef %x, i2 noundef %b) {
  %e = extractelement <8 x i8> %v, i64 5
  ret i8 %e
}

;; pair: insertelement at an i1 index is the same as at its zero-extension
;; expect: proved
;; source
define <4 x i32> @f(<4 x i32> noundef %v, i32 noundef %x, i1 noundef %b) {
  %r = insertelement <4 x i32> %v, i32 %x, i1 %b
  ret <4 x i32> %r
}
;; target
define <4 x i32> @f(<4 x i32> noundef %v, i32 noundef %x, i1 noundef %b) {
  %z = zext i1 %b to i64
  %r = insertelement <4 x i32> %v, i32 %x, i64 %z
  ret <4 x i32> %r
}

;; pair: extractelement at an i1 index reads lane 0 or 1
;; expect: proved
;; source
define i32 @f(<4 x i32> noundef %v, i1 noundef %b) {
  %e = extractelement <4 x i32> %v, i1 %b
  ret i32 %e
}
;; target
define i32 @f(<4 x i32> noundef %v, i1 noundef %b) {
  %z = zext i1 %b to i32
  %e = extractelement <4 x i32> %v, i32 %z
  ret i32 %e
}

;; pair: extractelement at a constant i1 true index is lane 1 (not lane -1)
;; expect: proved
;; source
define i32 @f(<4 x i32> noundef %v) {
  %e = extractelement <4 x i32> %v, i1 true
  ret i32 %e
}
;; target
define i32 @f(<4 x i32> noundef %v) {
  %e = extractelement <4 x i32> %v, i64 1
  ret i32 %e
}

;; pair: insertelement at a constant i2 -1 index is lane 3
;; expect: proved
;; source
define <4 x i32> @f(<4 x i32> noundef %v, i32 noundef %x) {
  %r = insertelement <4 x i32> %v, i32 %x, i2 -1
  ret <4 x i32> %r
}
;; target
define <4 x i32> @f(<4 x i32> noundef %v, i32 noundef %x) {
  %r = insertelement <4 x i32> %v, i32 %x, i64 3
  ret <4 x i32> %r
}
