; Struct and array parameters: each field (element) is its own value, poison on its own, and may be undef unless the
; parameter is noundef (each use of an undef field may differ); an aggregate nested in one is unsupported.

;; pair: reading a struct parameter's fields in another order
;; expect: proved
;; source
define i32 @f({ i32, i32 } %s) {
  %a = extractvalue { i32, i32 } %s, 0
  %b = extractvalue { i32, i32 } %s, 1
  %r = add i32 %a, %b
  ret i32 %r
}
;; target
define i32 @f({ i32, i32 } %s) {
  %b = extractvalue { i32, i32 } %s, 1
  %a = extractvalue { i32, i32 } %s, 0
  %r = add i32 %b, %a
  ret i32 %r
}

;; pair: a struct parameter's two fields are not the same value
;; expect: refuted
;; source
define i32 @f({ i32, i32 } %s) {
  %a = extractvalue { i32, i32 } %s, 0
  ret i32 %a
}
;; target
define i32 @f({ i32, i32 } %s) {
  %b = extractvalue { i32, i32 } %s, 1
  ret i32 %b
}

;; pair: an undef field may differ at each use (x + x is not 2 * x without noundef)
;; expect: wrong
;; source
define i32 @f({ i32, i32 } %s) {
  %a = extractvalue { i32, i32 } %s, 0
  %r = shl i32 %a, 1
  ret i32 %r
}
;; target
define i32 @f({ i32, i32 } %s) {
  %a = extractvalue { i32, i32 } %s, 0
  %r = add i32 %a, %a
  ret i32 %r
}

;; pair: with noundef, x + x is 2 * x
;; expect: proved
;; source
define i32 @f({ i32, i32 } noundef %s) {
  %a = extractvalue { i32, i32 } %s, 0
  %r = shl i32 %a, 1
  ret i32 %r
}
;; target
define i32 @f({ i32, i32 } noundef %s) {
  %a = extractvalue { i32, i32 } %s, 0
  %r = add i32 %a, %a
  ret i32 %r
}

;; pair: an array parameter's element
;; expect: proved
;; source
define i8 @f([3 x i8] %a) {
  %x = extractvalue [3 x i8] %a, 2
  %y = xor i8 %x, -1
  %z = xor i8 %y, -1
  ret i8 %z
}
;; target
define i8 @f([3 x i8] %a) {
  %x = extractvalue [3 x i8] %a, 2
  ret i8 %x
}

;; pair: an array parameter's elements differ
;; expect: refuted
;; source
define i8 @f([3 x i8] %a) {
  %x = extractvalue [3 x i8] %a, 2
  ret i8 %x
}
;; target
define i8 @f([3 x i8] %a) {
  %x = extractvalue [3 x i8] %a, 0
  ret i8 %x
}

;; pair: a struct parameter returned rebuilt field by field
;; expect: right
;; source
define { i32, float } @f({ i32, float } %s) {
  ret { i32, float } %s
}
;; target
define { i32, float } @f({ i32, float } %s) {
  %a = extractvalue { i32, float } %s, 0
  %b = extractvalue { i32, float } %s, 1
  %t = insertvalue { i32, float } poison, i32 %a, 0
  %u = insertvalue { i32, float } %t, float %b, 1
  ret { i32, float } %u
}

;; pair: a struct parameter returned with its fields swapped is not itself
;; expect: refuted
;; source
define { i32, i32 } @f({ i32, i32 } %s) {
  ret { i32, i32 } %s
}
;; target
define { i32, i32 } @f({ i32, i32 } %s) {
  %a = extractvalue { i32, i32 } %s, 0
  %b = extractvalue { i32, i32 } %s, 1
  %t = insertvalue { i32, i32 } poison, i32 %b, 0
  %u = insertvalue { i32, i32 } %t, i32 %a, 1
  ret { i32, i32 } %u
}

;; pair: a nested aggregate parameter is not modelled
;; expect: wrong
;; source
define i32 @f({ i32, { i32 } } %s) {
  %a = extractvalue { i32, { i32 } } %s, 0
  ret i32 %a
}
;; target
define i32 @f({ i32, { i32 } } %s) {
  %a = extractvalue { i32, { i32 } } %s, 1, 0
  ret i32 %a
}
